"""The story key: which articles report the same event.

rank is the importance among the stories of the same day (1 = most
important); for the sample day 2026-11-18 it is the ranking the digest
should reproduce.  continues names the earlier story this one follows up.
"""

GROUP_JP = "国内セキュリティ動向"
GROUP_WORLD = "海外重大事例"
GROUP_OTHER = "その他インシデント"

# id, day, label, group, category, rank, continues
STORIES = [
    # ---- 2026-11-16 ----
    ("minato-outage", "2026-11-16", "ミナトロジスティクスでシステム障害、出荷停止", GROUP_JP, "ransomware", 1, None),
    ("brightpath-exposure", "2026-11-16", "米データブローカーBrightpath Dataで340万件の記録が露出", GROUP_WORLD, "data_breach", 2, None),
    ("hanamizuki-skimming", "2026-11-16", "はなみずき堂の通販サイトでカード情報3,218件漏えいの可能性", GROUP_JP, "data_breach", 3, None),
    ("formforge-plugin", "2026-11-16", "WordPressプラグインFormForge Proに認証不要のファイルアップロード脆弱性", GROUP_WORLD, "vulnerability", 4, None),
    ("lumina-takeover", "2026-11-16", "ルミナクエストで約1万4,000アカウントに不正ログイン", GROUP_JP, "fraud_phishing", 5, None),
    ("inkstealer-mail", "2026-11-16", "請求書を装うメールで情報窃取マルウェアInkStealerの新亜種", GROUP_JP, "threat_actor", 6, None),
    ("jirc-quarterly", "2026-11-16", "JIRCが2026年7-9月のインシデント報告状況を公表", GROUP_JP, "policy", 7, None),
    ("securegate-xss", "2026-11-16", "SecureGate VPNのログイン画面にXSS脆弱性、7.4.2で修正", GROUP_OTHER, "vulnerability", 8, None),
    # ---- 2026-11-17 ----
    ("orbis-update", "2026-11-17", "Orbis Softwareが47件の脆弱性を修正、2件はゼロデイ", GROUP_WORLD, "active_exploitation", 1, None),
    ("minato-claim", "2026-11-17", "ShadowLynxがミナトロジスティクスへの攻撃を主張", GROUP_JP, "ransomware", 2, "minato-outage"),
    ("vantage-loyalty", "2026-11-17", "Vantage Airの会員プログラムで110万人分の情報流出", GROUP_WORLD, "data_breach", 3, None),
    ("shinonome-usb", "2026-11-17", "東雲市の健診委託先がUSBメモリ紛失、2,431人分", GROUP_JP, "data_breach", 4, None),
    ("kestrel-heist", "2026-11-17", "暗号資産取引所Kestrel Exchangeから約4,100万ドル流出", GROUP_WORLD, "threat_actor", 5, None),
    ("jirc-phishing-alert", "2026-11-17", "JIRCがフィッシングサイト急増で注意喚起", GROUP_JP, "fraud_phishing", 6, None),
    ("kintai-vuln", "2026-11-17", "かんたん勤怠クラウド オンプレミス版に複数の脆弱性", GROUP_JP, "vulnerability", 7, None),
    ("sme-ransom-survey", "2026-11-17", "中小企業の6.8%がランサムウェア被害、協議会調査", GROUP_JP, "ransomware", 8, None),
    ("brightpath-lawsuit", "2026-11-17", "Brightpath Dataに集団訴訟、州司法長官も調査", GROUP_WORLD, "data_breach", 9, "brightpath-exposure"),
    # ---- 2026-11-18 (the sample day) ----
    ("minato-ransomware", "2026-11-18", "ミナトロジスティクスがランサムウェア感染を確認、情報流出の可能性", GROUP_JP, "ransomware", 1, "minato-claim"),
    ("securegate-zero-day", "2026-11-18", "SecureGate VPNのゼロデイ脆弱性CVE-2026-41234が悪用、KEVに追加", GROUP_WORLD, "active_exploitation", 2, None),
    ("harukaze-leak", "2026-11-18", "はるかぜマルシェで顧客情報約12万件が流出の可能性", GROUP_JP, "data_breach", 3, None),
    ("nco-reporting-guide", "2026-11-18", "国家サイバー統括室が基幹インフラ向け被害報告の手引き案を公表", GROUP_JP, "policy", 4, None),
    ("tsubasa-phishing", "2026-11-18", "つばさ証券でフィッシング起点の不正取引、約230口座", GROUP_JP, "fraud_phishing", 5, None),
    ("larkspur-ransomware", "2026-11-18", "米Larkspur Regional Healthがランサムウェア被害、救急搬送を制限", GROUP_WORLD, "ransomware", 6, None),
    ("glass-heron", "2026-11-18", "攻撃グループGlass Heronがアジアの製造業をReedLoaderで標的に", GROUP_WORLD, "threat_actor", 7, None),
    ("hokuto-thai", "2026-11-18", "北斗精機のタイ子会社で不正アクセス", GROUP_JP, "data_breach", 8, None),
    ("airwave-router", "2026-11-18", "カスミネット製ルーターAirWaveにOSコマンドインジェクション", GROUP_JP, "vulnerability", 9, None),
    ("openrelay-mft", "2026-11-18", "OpenRelay MFTに深刻な脆弱性CVE-2026-40877", GROUP_WORLD, "vulnerability", 10, None),
    ("lurekit-takedown", "2026-11-18", "フィッシング基盤LureKitを国際捜査で摘発", GROUP_OTHER, "fraud_phishing", 11, None),
    ("npm-typosquat", "2026-11-18", "npmで認証情報を盗む悪性パッケージ38件", GROUP_OTHER, "threat_actor", 12, None),
    ("amatsu-soc", "2026-11-18", "アマツシールドが中小企業向けSOCサービスを開始", GROUP_OTHER, "product", 13, None),
    ("hokushin-email", "2026-11-18", "北辰大学でメール誤送信、学生837人のアドレス流出", GROUP_JP, "data_breach", 14, None),
]
