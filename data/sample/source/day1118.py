"""Articles published on 2026-11-18 (JST), the sample day.  All text is our
own writing; every organisation, person and product here is fictional, and
so is every event (real public bodies appear only as actors in invented
scenarios)."""

from model import A

# ============================================================ 1 minato-ransomware

A("secwatch", "minato-ransomware", "minato-logistics-ransomware-confirmed", "2026-11-18T10:48:00+09:00",
  "ミナトロジスティクス、ランサムウェア感染を正式に確認　従業員など約4,300人分の情報流出の可能性",
  [
      "11月15日からシステム障害が続いている物流大手の株式会社ミナトロジスティクス（本社：横浜市中区）は11月18日、障害の原因がランサムウェアへの感染だったと正式に発表した。社内のファイルサーバーから外部にデータが送信された痕跡も見つかっており、従業員や取引先の情報が流出した可能性があるという。",
      "同社の第2報によると、倉庫管理システム、受発注システム、ファイルサーバーなど約60台のサーバーと、一部の業務用パソコンでデータが暗号化されていた。調査を担当する外部の専門会社が、攻撃者が暗号化の前にファイルサーバーから大量のデータを持ち出したことを示すログを確認した。",
      "流出した可能性があるのは、従業員約4,300人の氏名、住所、生年月日などと、取引先の担当者の氏名や連絡先、荷主との契約書類などだ。配送先となる一般消費者の氏名や住所が含まれているかどうかは、引き続き調べている。",
      "ランサムウェアグループ「ShadowLynx」は17日にリークサイトで同社への攻撃を主張しており、約1.2TBのデータを盗んだとしている。同社はこの主張を把握していると認めたうえで、「犯罪者の要求には応じない」との方針を明らかにした。",
      "業務の復旧については、11月20日から関東の5拠点で段階的に出荷を再開し、12月上旬の全面復旧を目指す。同社は個人情報保護委員会に報告し、神奈川県警に被害届を提出した。侵入の経路はまだ特定できていない。",
      "同社の荷主は約1,800社にのぼり、ドラッグストアや通販事業者の配送にも遅れが広がっている。取引先に対しては、同社をかたって振込先の変更などを求める不審な連絡に注意するよう呼び掛けている。",
  ],
  author="佐伯 真奈美", cats=["インシデント", "ランサムウェア"],
  comments=[("情シス一人担当", "荷主側のBCPも問われる事案だと思います。"),
            ("元SOC勤務", "約60台が一斉に暗号化ということは、管理者権限を取られていた可能性が高そう。")])

A("cybersokuho", "minato-ransomware", "2026111802", "2026-11-18T11:20:00+09:00",
  "【続報】ミナトロジスティクス「ランサムウェア感染」と発表　データ持ち出しの痕跡も",
  [
      "システム障害で出荷が止まっていた物流会社ミナトロジスティクスが、18日に第2報を出した。原因はランサムウェアで、サーバーから情報が持ち出された可能性があるとしている。",
      "発表によれば、暗号化されたのはサーバー約60台と一部のパソコン。外部の調査会社がファイルサーバーから外部への大量の通信を確認しており、従業員約4,300人分の個人情報や、取引先の担当者情報、契約書などが流出したおそれがある。",
      "この件では、ランサムウェア集団ShadowLynx（シャドウリンクス）が17日にリークサイトで犯行を主張していた。同社は身代金の支払いには応じないとしている。",
      "出荷は20日から関東の5拠点で段階的に再開し、12月上旬に完全復旧させる計画だ。侵入経路はまだ分かっていない。",
  ],
  cats=["事件・事故", "ランサムウェア"])

A("itshinpo", "minato-ransomware", "news035", "2026-11-18T12:05:00+09:00",
  "ミナトロジスティクスの障害はランサムウェアが原因、約60台のサーバーが暗号化",
  [
      "ミナトロジスティクスは2026年11月18日、同月15日から続くシステム障害について、ランサムウェアによるサイバー攻撃が原因だったと発表した。暗号化の前にデータが外部へ持ち出された可能性があり、個人情報保護委員会に報告した。",
      "## 被害の範囲",
      "被害を受けたのは、倉庫管理システム（WMS）や受発注システムを動かすサーバー、ファイルサーバーなど約60台と、一部の業務用パソコンである。外部の専門会社による調査で、暗号化が始まる前にファイルサーバーから外部への大量の送信が行われていたことが分かった。",
      "同社は、従業員約4,300人の氏名や住所、生年月日、取引先担当者の連絡先、荷主との契約書類が流出した可能性があるとしている。配送先の消費者の情報については調査を続けている。",
      "## 攻撃グループが犯行を主張",
      "ランサムウェアグループのShadowLynxは11月17日、リークサイトに同社の名前を掲載し、約1.2TBのデータを盗んだと主張した。ShadowLynxは攻撃ツールを貸し出すRaaS型のグループで、データの暗号化と窃取した情報の公開を組み合わせて支払いを迫る。同社は身代金の要求に応じない方針を示している。",
      "## 11月20日から段階的に再開",
      "同社は11月20日から関東の5拠点で出荷を再開し、12月上旬までに全拠点の復旧を目指す。侵入経路は特定できておらず、リモートアクセスの経路を含めて調査している。",
  ],
  author="小野寺 航", cats=["セキュリティ", "ランサムウェア"])

A("dailysec", "minato-ransomware", "20261118003", "2026-11-18T13:30:00+09:00",
  "ミナトロジスティクス「身代金には応じない」　ランサム被害を認め、20日から出荷再開へ",
  [
      "サイバー攻撃でシステムが止まっている物流会社ミナトロジスティクス（横浜市）は18日、ランサムウェアに感染していたと認めた。同社は身代金を支払わない考えを示したうえで、20日から出荷業務を一部再開すると発表した。",
      "同社によると、約60台のサーバーのデータが暗号化された。さらに、攻撃者がファイルサーバーから社外にデータを送っていた痕跡も見つかり、社員約4,300人分の個人情報や取引先の連絡先などが漏れた可能性があるという。",
      "犯行を主張しているのは、ランサムウェア集団「シャドウリンクス（ShadowLynx）」だ。同集団は17日、盗んだとするデータを24日までに公開すると予告している。",
      "同社は神奈川県警に被害届を出した。関東の5拠点から順に出荷を再開し、12月上旬には全面的に復旧させたいとしている。",
  ],
  cats=["事件・事故"])

A("patchline", "minato-ransomware", "minato-logistics-shadowlynx-ransomware", "2026-11-18T05:25:00+00:00",
  "Minato Logistics confirms ShadowLynx ransomware attack, says employee data may have been stolen",
  [
      "Japanese logistics provider Minato Logistics confirmed on Wednesday that the outage that has crippled its warehouses since November 15 was caused by ransomware, and said data on about 4,300 employees may have been stolen before its systems were encrypted.",
      "In its second update on the incident, the Yokohama-based company said around 60 servers, including those running its warehouse management, ordering and file-sharing systems, had been encrypted along with some office PCs. Investigators found logs showing large transfers from a file server to an external destination before the encryption began.",
      "The data that may have been taken includes employee names, addresses and dates of birth, contact details for staff at business partners, and contracts with shipping customers. The company is still checking whether the names and addresses of consumers who received deliveries were among the files.",
      "The ShadowLynx ransomware group listed Minato Logistics on its leak site on November 17, claiming to have stolen 1.2 terabytes of data. Minato said it was aware of the claim and would not pay a ransom.",
      "The company plans to restart shipments at five sites in the Kanto region on November 20 and expects a full recovery in early December. It has reported the breach to Japan's Personal Information Protection Commission and to Kanagawa prefectural police.",
      "Minato handles storage and delivery for about 1,800 businesses, and delays have spread to drugstore chains and online retailers. The company has not said how the attackers got in.",
  ],
  author="Dana Whitfield", cats=["Ransomware", "Japan"])

# ========================================================= 2 securegate-zero-day

A("nimbus", "securegate-zero-day", "nnsa-2026-0117", "2026-11-17T21:00:00+00:00",
  "SecureGate VPN: Authentication bypass and remote code execution in the web portal (CVE-2026-41234, CVE-2026-41235)",
  [
      "## Summary",
      "Nimbus Networks has fixed two vulnerabilities in the web portal of SecureGate VPN. The more severe of them, CVE-2026-41234, allows a remote attacker without credentials to bypass authentication and run arbitrary commands with root privileges on the appliance.",
      "Nimbus Networks is aware of a limited number of customers whose appliances were compromised through CVE-2026-41234 before this advisory was published. We have evidence of exploitation since at least November 9, 2026.",
      "## Affected products",
      ("table", [
          ["CVE", "Description", "CVSS v3.1", "Affected versions", "Fixed versions"],
          ["CVE-2026-41234", "Authentication bypass leading to remote code execution in the web portal", "9.8 (Critical)", "7.0 through 7.4.2; 8.0.0 through 8.0.1", "7.4.3; 8.0.2"],
          ["CVE-2026-41235", "Path traversal allowing configuration files to be read", "7.5 (High)", "7.0 through 7.4.2; 8.0.0 through 8.0.1", "7.4.3; 8.0.2"],
      ]),
      "SecureGate Cloud Edge, the managed service, was updated by Nimbus Networks on November 17, 2026 and requires no customer action.",
      "## Description",
      "CVE-2026-41234 is caused by incorrect validation of session tokens in the portal's session handler. A specially crafted request is treated as belonging to an authenticated administrator, which exposes an internal diagnostics function that passes input to the operating system shell.",
      "CVE-2026-41235 allows an unauthenticated attacker to read files outside the portal's web root, including configuration files that may contain hashed local account passwords. It has not been observed in attacks.",
      "## Recommended actions",
      "* Upgrade to SecureGate VPN 7.4.3 or 8.0.2 immediately.",
      "* Run SecureGate Integrity Scanner 2.1 on every appliance, before and after upgrading, to look for signs of compromise.",
      "* If the scanner reports unexpected files, treat the appliance as compromised: restore it to factory settings, install the fixed version, and rotate all local and directory account passwords, certificates and API keys configured on it.",
      "* Review authentication logs for administrator sessions that did not originate from your management network.",
      "There is no workaround. Restricting access to the web portal lowers the risk but does not remove it, because the portal must remain reachable for remote users.",
      "## Acknowledgements",
      "Nimbus Networks thanks the incident response team of a customer, which wishes to remain anonymous, for reporting the activity that led to the discovery of CVE-2026-41234.",
  ],
  updated="2026-11-18T03:00:00+00:00", cats=["SecureGate VPN", "Critical"])

A("packetreport", "securegate-zero-day", "securegate-vpn-zero-day-exploited-cve-2026-41234", "2026-11-17T18:20:00-05:00",
  "Hackers are exploiting a critical SecureGate VPN zero-day; CISA orders agencies to patch",
  [
      "Attackers have been exploiting a critical vulnerability in Nimbus Networks' SecureGate VPN appliances for more than a week, the company disclosed on Tuesday as it released fixes.",
      "The flaw, tracked as CVE-2026-41234 and rated 9.8 out of 10, lets an unauthenticated attacker bypass the login on the device's web portal and execute commands as root. Nimbus said a \"limited number\" of customers had been compromised and that it had seen exploitation dating back to at least November 9.",
      "Hours after the advisory, the US Cybersecurity and Infrastructure Security Agency added CVE-2026-41234 to its Known Exploited Vulnerabilities catalog and gave federal civilian agencies until December 8 to apply the update.",
      "Fixed versions 7.4.3 and 8.0.2 also close a second bug, CVE-2026-41235, a path traversal flaw scored 7.5 that can expose configuration files. Nimbus said that one has not been exploited.",
      "Internet scans by threat intelligence company Gridline Security found about 18,000 SecureGate portals reachable online, roughly 2,100 of them in Japan. Gridline said it had observed web shells planted in a temporary directory on compromised devices, which would let intruders keep access even after a patch.",
      "\"Patching is necessary but not sufficient,\" said Gridline researcher Owen Takeda. \"Anyone who ran an exposed portal in the last ten days should assume they need to check for compromise and rotate credentials.\"",
      "Edge devices such as VPN gateways have become a preferred entry point for both espionage groups and ransomware affiliates, because they sit on the network perimeter and are rarely monitored as closely as servers and laptops.",
  ],
  author="Tom Brenner", cats=["Vulnerabilities", "Zero-day"])

A("jirc", "securegate-zero-day", "at260045", "2026-11-18T11:00:00+09:00",
  "Nimbus Networks製SecureGate VPNの脆弱性（CVE-2026-41234）に関する注意喚起",
  [
      "## I. 概要",
      "2026年11月18日（日本時間）、Nimbus NetworksはSecureGate VPNの脆弱性に関するアドバイザリを公開しました。このうちCVE-2026-41234が悪用されると、認証されていない遠隔の第三者によって認証を回避され、装置上で任意のコマンドをroot権限で実行される可能性があります。",
      "Nimbus Networksによると、本脆弱性を悪用する攻撃が2026年11月9日以降に確認されています。また、JIRCでは国内の複数の組織から、本脆弱性の悪用が疑われる侵害の報告を受けています。米国のCISAも、本脆弱性を既知の悪用された脆弱性カタログ（KEV）に追加しました。",
      "## II. 対象",
      "* SecureGate VPN 7.0から7.4.2まで",
      "* SecureGate VPN 8.0.0から8.0.1まで",
      "なお、マネージドサービスであるSecureGate Cloud Edgeは、開発者によって対策が適用済みです。",
      "## III. 対策",
      "開発者が提供する修正済みのバージョン7.4.3または8.0.2を適用してください。本脆弱性の回避策は提供されていません。CVSSv3.1の基本値は9.8であり、速やかな対応を推奨します。",
      "## IV. 侵害有無の確認",
      "修正済みのバージョンを適用しても、すでに設置されたWebシェルなどは削除されません。開発者が提供する検査ツールSecureGate Integrity Scanner 2.1を実行し、侵害の痕跡がないか確認してください。痕跡が見つかった場合は、装置の初期化に加え、装置に設定されていたアカウントのパスワードや証明書を変更してください。",
      "## V. 参考情報",
      "* [Nimbus Networks: NNSA-2026-0117](https://security.nimbus-networks.example/advisories/NNSA-2026-0117/)",
      "* JIRC 早期警戒グループ: SecureGate VPNの侵害が疑われる場合の報告窓口",
  ],
  cats=["注意喚起"])

A("secwatch", "securegate-zero-day", "securegate-vpn-cve-2026-41234-exploited", "2026-11-18T15:30:00+09:00",
  "VPN製品「SecureGate VPN」にゼロデイ脆弱性、国内でも悪用の報告　CVSS 9.8",
  [
      "米Nimbus Networksのリモートアクセス製品「SecureGate VPN」に深刻な脆弱性が見つかり、すでに攻撃に悪用されている。同社は日本時間11月18日朝に修正版を公開し、JIRC インシデント情報連絡センターも同日、国内で侵害の報告を受けているとして注意喚起を出した。",
      "問題の脆弱性はCVE-2026-41234で、CVSSv3.1の基本値は最も高い水準に近い9.8。Webポータルのセッション処理に不備があり、認証情報を持たない攻撃者が管理者として扱われ、装置上で任意のコマンドを実行できてしまう。Nimbus Networksによると、少なくとも11月9日から悪用が始まっていた。",
      "影響を受けるのはバージョン7.0から7.4.2までと、8.0.0から8.0.1まで。修正版は7.4.3と8.0.2で、設定ファイルを読み取られるおそれのある別の脆弱性CVE-2026-41235（基本値7.5）もあわせて修正された。回避策はない。",
      "米CISAは、CVE-2026-41234を「既知の悪用された脆弱性（KEV）カタログ」に追加し、連邦政府機関に12月8日までの対応を求めた。調査会社の集計では、インターネットから接続できるSecureGateのポータルは世界で約1万8,000台あり、そのうち約2,100台が日本国内にあるという。",
      "攻撃を受けた装置にはWebシェルが設置されている例があり、修正版を適用しただけでは攻撃者の足場が残る可能性がある。利用組織は、修正版の適用とともに、開発元の検査ツールで侵害の痕跡を確認し、痕跡があれば装置の初期化と認証情報の変更を行う必要がある。",
  ],
  cats=["脆弱性", "VPN"])

# ============================================================== 3 harukaze-leak

A("dailysec", "harukaze-leak", "20261118001", "2026-11-18T09:05:00+09:00",
  "通販「はるかぜマルシェ」の顧客情報、最大約12万件流出か　古いキャンペーンページから侵入",
  [
      "食品や日用品の通販サイト「はるかぜマルシェ」を運営する株式会社はるかぜ生活（福岡市）は17日夜、サイトが不正アクセスを受け、顧客の個人情報最大11万9,872件が流出した可能性があると発表した。",
      "流出したおそれがあるのは、会員の氏名、住所、電話番号、メールアドレス、生年月日、購入履歴。このほか、約8万1,000件分のログインパスワードも含まれるが、パスワードはハッシュ化された状態で保存されていたという。クレジットカード情報は決済代行会社が管理しており、流出の対象には含まれない。",
      "攻撃者が入り口にしたのは、2023年に終了したキャンペーン用のページだった。ページが削除されずに残っており、その入力欄のSQLインジェクションの脆弱性を突かれて、顧客データベースの中身を読み出されたとみられる。",
      "同社は11月5日、サーバーの負荷が急に上がったことから不審なアクセスに気付いた。調査の結果、10月28日から11月5日にかけて不正アクセスが繰り返されていたことが分かった。同社は該当のページを削除し、個人情報保護委員会と福岡県警に届け出た。",
      "同社は会員全員のパスワードを初期化し、対象者にメールで知らせている。同じパスワードを他のサイトでも使っている場合は変更するよう求めるとともに、同社を装った不審なメールや電話に注意するよう呼び掛けている。",
  ],
  cats=["事件・事故"])

A("itshinpo", "harukaze-leak", "news028", "2026-11-18T10:15:00+09:00",
  "はるかぜ生活の通販サイトで約12万件の個人情報流出の恐れ、放置ページのSQLインジェクションが原因",
  [
      "福岡市の株式会社はるかぜ生活は2026年11月17日、同社が運営する通販サイト「はるかぜマルシェ」に不正アクセスがあり、顧客情報約12万件（11万9,872件）が流出した可能性があると発表した。",
      "## 使われていないページが侵入口に",
      "同社によると、攻撃者は2023年に終了したキャンペーン用のページに残っていたSQLインジェクションの脆弱性を悪用した。このページはキャンペーンの終了後もサーバー上に残されており、顧客データベースに接続できる状態だった。",
      "不正アクセスは10月28日から11月5日まで続いていた。11月5日にサーバーの負荷が急上昇したことをきっかけに、同社が調査を始めて発覚した。",
      "## 流出した可能性のある情報",
      "* 氏名、住所、電話番号、メールアドレス、生年月日、購入履歴: 11万9,872件",
      "* ハッシュ化されたログインパスワード: 約8万1,000件",
      "クレジットカード情報は外部の決済代行会社が管理しているため、対象外だという。",
      "## 不要な資産の棚卸しが課題に",
      "今回のように、役目を終えたページやサーバーが管理から外れたまま公開され続け、攻撃の入り口になる例は少なくない。同社は再発防止策として、公開しているすべてのWebページの棚卸しと、外部の専門会社による脆弱性診断を定期的に実施するとしている。",
  ],
  author="杉本 理沙", cats=["セキュリティ", "情報漏えい"])

A("cybersokuho", "harukaze-leak", "2026111803", "2026-11-18T16:40:00+09:00",
  "はるかぜマルシェで約12万件の個人情報が流出した可能性　パスワードは全会員リセット",
  [
      "通販サイト「はるかぜマルシェ」で、不正アクセスにより約12万件の顧客情報が流出した可能性がある。運営するはるかぜ生活が17日に発表した。",
      "対象は氏名、住所、電話番号、メールアドレス、生年月日、購入履歴で、件数は11万9,872件。ハッシュ化されたパスワード約8万1,000件も含まれる。カード情報は含まれていない。",
      "原因は、終了したキャンペーンのページが残ったままになっていたことだった。このページにSQLインジェクションの脆弱性があり、10月28日から11月5日にかけて悪用された。",
      "同社はすべての会員のパスワードを初期化した。同じパスワードを使い回している人は、他のサービスでも早めに変更しておきたい。",
  ],
  cats=["事件・事故", "個人情報"])

# ======================================================== 4 nco-reporting-guide

A("itshinpo", "nco-reporting-guide", "news061", "2026-11-18T17:30:00+09:00",
  "国家サイバー統括室、基幹インフラ事業者向け「被害報告の手引き」案を公表　意見募集は12月17日まで",
  [
      "内閣官房の国家サイバー統括室（NCO）は2026年11月18日、基幹インフラ事業者がサイバー攻撃の被害を国に報告する際の手順をまとめた「基幹インフラ事業者におけるサイバー攻撃被害報告の手引き（案）」を公表した。12月17日まで意見を募集する。",
      "## 能動的サイバー防御の関連法に基づく",
      "2025年5月に成立した能動的サイバー防御の関連法では、電力、ガス、鉄道、金融、電気通信などの基幹インフラ事業者に対し、重要な電子計算機に関わるインシデントを国に報告することを求めている。国家サイバー統括室は、内閣サイバーセキュリティセンター（NISC）を改組して2025年7月に発足した組織で、集まった情報を分析し、政府全体の対処を調整する役割を担う。",
      "手引き案は、こうした報告を事業者が迷わずに行えるよう、具体的な運用を示したものだ。",
      "## 初報は「認知から24時間以内」が目安",
      "案では、報告の対象となる事象の例として、ランサムウェアによるデータの暗号化、VPN機器などを経由した不正なリモートアクセス、制御システムへの不審な操作などを挙げた。初報は事象を認知してから24時間以内を目安とし、原因や影響範囲が分からない段階でも報告するよう求めている。詳細な報告は、30日以内に提出することを目安とした。",
      "また、所管省庁や警察などに別々に報告する負担を減らすため、報告の様式を統一し、一つの窓口に提出すれば関係機関に共有される仕組みを整えるとしている。報告された内容は、事業者の同意なく公表しないことも明記した。",
      "事業者の間では、報告の義務化に伴う負担の増加を懸念する声もある。統括室は、寄せられた意見を踏まえて内容を見直し、年度内に手引きを確定させる方針だ。",
  ],
  author="杉本 理沙", cats=["セキュリティ", "政策"])

A("cybersokuho", "nco-reporting-guide", "2026111804", "2026-11-18T18:10:00+09:00",
  "基幹インフラのサイバー被害、初報は24時間以内に　国家サイバー統括室が手引き案",
  [
      "国家サイバー統括室が18日、基幹インフラ事業者向けに、サイバー攻撃を受けた際の国への報告方法を定めた手引きの案を公表した。意見募集は12月17日まで行われる。",
      "能動的サイバー防御を導入するために2025年に成立した法律では、電力や鉄道、金融などの事業者に、重要なシステムで起きたインシデントの報告を求めている。今回の案は、その報告の具体的な進め方を示したものだ。",
      "案では、ランサムウェアによる暗号化や不正なリモートアクセスなどを報告の対象の例に挙げ、初報を認知から24時間以内、詳細報告を30日以内に行うことを目安とした。報告の様式は統一され、一つの窓口に出せば関係する省庁や警察にも共有される。",
      "複数の窓口への二重三重の報告は、以前から事業者の負担になっていた。報告の一元化がどこまで実現するかが注目される。",
  ],
  cats=["官公庁", "政策"])

A("infosecledger", "nco-reporting-guide", "japan-nco-incident-reporting-guide-draft", "2026-11-18T06:40:00-05:00",
  "Japan drafts 24-hour incident reporting guide for critical infrastructure operators",
  [
      "Japan's National Cybersecurity Office (NCO) on Wednesday published a draft guide telling operators of critical infrastructure how and when to report cyberattacks to the government, the latest step in putting the country's active cyber defense law into practice.",
      "The law, passed in May 2025, requires designated operators in sectors such as electricity, gas, railways, finance and telecommunications to report incidents affecting important computer systems. The NCO, which replaced the National center of Incident readiness and Strategy for Cybersecurity (NISC) in July 2025, collects those reports and coordinates the government's response.",
      "Under the draft, operators would file an initial report within 24 hours of becoming aware of an incident, even if the cause and impact are still unknown, and a detailed report within 30 days. Examples of reportable events include data encrypted by ransomware, unauthorized remote access through VPN devices and suspicious commands sent to industrial control systems.",
      "The guide also promises a single reporting form and a single point of contact that would pass reports on to the relevant ministries and police, addressing a long-standing complaint from companies that had to notify several authorities separately. Reports would not be made public without the operator's consent.",
      "The NCO is taking public comments until December 17 and plans to finalize the guide before the end of Japan's fiscal year in March.",
  ],
  author="Ruth Adeyemi", cats=["Policy", "Japan"])

# =========================================================== 5 tsubasa-phishing

A("cybersokuho", "tsubasa-phishing", "2026111801", "2026-11-18T08:30:00+09:00",
  "つばさ証券で約230口座に不正ログイン　フィッシングで盗まれた情報使われたか",
  [
      "ネット証券のつばさ証券は17日、顧客の口座に第三者が不正にログインし、勝手に株式の売買が行われる被害が約230口座で確認されたと発表した。",
      "同社によると、被害は10月下旬から11月16日にかけて発生した。不正にログインした第三者は、顧客が保有していた株式を売却し、その代金で海外の小型株を大量に買い付けていた。被害額は合計で約3億8,000万円にのぼる。",
      "ログインに使われたIDとパスワードは、同社を装ったフィッシングサイトで盗まれたものとみられる。顧客には「【重要】お取引内容の確認のお願い」という件名のメールが届いており、リンク先の偽サイトにログイン情報を入力させる手口だった。",
      "同社は12月8日から、すべての顧客に対してログイン時の多要素認証を必須にする。被害の補償については、個別の状況を確認したうえで対応を決めるとしている。",
  ],
  cats=["事件・事故", "フィッシング"])

A("dailysec", "tsubasa-phishing", "20261118002", "2026-11-18T11:45:00+09:00",
  "ネット証券「つばさ証券」で不正取引3億8000万円　偽メールに注意",
  [
      "つばさ証券（東京都中央区）の顧客約230人の口座が乗っ取られ、保有株が勝手に売られる被害が相次いでいることが分かった。同社が17日に公表した。",
      "不正にログインした何者かは、顧客の株式を売った代金で海外の小型株を買っていた。特定の銘柄の株価をつり上げる目的だったとみられる。被害の総額は約3億8,000万円だという。",
      "同社の名前をかたる偽のメールが10月ごろから出回っており、メールのリンクから偽のログイン画面に誘導されて、IDやパスワードを入力した顧客が被害に遭ったとみられる。",
      "同社は12月8日から、ログインの際に多要素認証を必ず使うように仕組みを変える。顧客に対しては、メールのリンクからログインせず、公式アプリかブックマークからアクセスするよう求めている。",
  ],
  cats=["事件・事故"])

A("secwatch", "tsubasa-phishing", "tsubasa-securities-account-takeover", "2026-11-18T19:20:00+09:00",
  "つばさ証券、フィッシング起点の不正取引で多要素認証を12月8日から必須化",
  [
      "オンライン証券の株式会社つばさ証券は11月17日、フィッシングで盗まれたとみられる認証情報によって約230口座に不正ログインがあり、顧客の保有株が無断で売却されたと発表した。被害額は約3億8,000万円にのぼる。",
      "不正な取引は10月下旬から11月16日にかけて行われた。攻撃者は売却で得た資金を使って海外市場の小型株を買い付けており、株価を意図的につり上げる相場操縦に利用した疑いがある。",
      "同社をかたるフィッシングメールは「【重要】お取引内容の確認のお願い」などの件名で送られ、正規のサイトによく似た偽のログインページに誘導していた。同社はこれまで多要素認証を任意としていたが、12月8日からは全顧客に必須とする。",
      "証券口座の乗っ取りは、IDとパスワードだけでログインできる仕組みが狙われる典型的な例だ。利用者は、多要素認証を設定したうえで、メールやSMSのリンクからログインしないことを徹底したい。",
  ],
  cats=["インシデント", "フィッシング"])

# ======================================================== 6 larkspur-ransomware

A("patchline", "larkspur-ransomware", "larkspur-regional-health-ransomware", "2026-11-17T16:05:00+00:00",
  "Ransomware attack forces Larkspur Regional Health to divert ambulances",
  [
      "Larkspur Regional Health System, which runs nine hospitals and about 60 clinics in Ohio, is diverting ambulances away from three of its emergency departments after a ransomware attack took down its electronic health records.",
      "The health system said it detected the attack late on Sunday, November 15, and shut down large parts of its network to contain it. Electronic records, phone lines at several sites and the system used to view medical images have been offline since then.",
      "Staff have switched to paper charts, and some planned surgeries and imaging appointments have been postponed. Patients who are already admitted continue to receive care, the health system said.",
      "Larkspur has notified the FBI and brought in outside incident responders. No ransomware group has claimed the attack so far, and the health system has not said whether patient data was taken.",
      "Attacks on hospitals often have effects beyond the targeted organisation, as nearby hospitals absorb diverted patients and delays in care can affect outcomes.",
  ],
  author="Marcus Oyelaran", cats=["Ransomware", "Healthcare"])

A("infosecledger", "larkspur-ransomware", "larkspur-health-cyberattack", "2026-11-17T14:30:00-05:00",
  "Ohio's Larkspur Regional Health hit by ransomware, emergency rooms on diversion",
  [
      "A ransomware attack on Larkspur Regional Health System has knocked out patient records and phone systems across the Ohio hospital network, forcing three emergency departments to turn away ambulances.",
      "In a statement on Tuesday, Larkspur said its security team noticed the attack late on November 15 and took systems offline to stop it spreading. The nine-hospital system has been operating on downtime procedures, with clinicians documenting care on paper.",
      "Elective procedures at several hospitals have been rescheduled. Larkspur asked patients with appointments at its clinics to call ahead, since the online patient portal is also unavailable.",
      "The health system is working with the FBI and a third-party forensic firm. It said it was too early to know whether patient or employee information had been compromised.",
      "Healthcare remains one of the sectors hit hardest by ransomware, in part because hospitals cannot tolerate long outages and face pressure to restore systems quickly.",
  ],
  author="Sam Kowalczyk", cats=["Ransomware", "Healthcare"])

A("packetreport", "larkspur-ransomware", "larkspur-regional-health-ransomware-diversion", "2026-11-17T21:15:00-05:00",
  "Larkspur Regional Health still on paper two days after ransomware attack",
  [
      "Two days after a ransomware attack, Larkspur Regional Health System is still running its nine Ohio hospitals without electronic health records, and three of its emergency departments remain on ambulance diversion.",
      "The health system first detected the intrusion on the night of November 15. In an update late Tuesday, Larkspur said it had restored its internal email and some scheduling tools, but the records platform and medical imaging viewer remain down.",
      "Regional emergency medical services said ambulances were being sent to other hospitals in the area, adding to travel times for some patients. Larkspur said walk-in patients are still being seen at all of its emergency departments.",
      "No group has publicly taken responsibility. Larkspur declined to say whether it had received a ransom demand, citing the ongoing FBI investigation.",
  ],
  author="Tom Brenner", cats=["Ransomware", "Healthcare"])

# ================================================================ 7 glass-heron

A("amatsu", "glass-heron", "glass-heron-reedloader", "2026-11-18T10:00:00+09:00",
  "攻撃グループ「Glass Heron」、展示会の案内を装いアジアの製造業にバックドア「ReedLoader」",
  [
      "アマツシールド脅威リサーチチームは、2026年8月ごろから、日本、台湾、ベトナムの製造業や半導体関連企業を狙った標的型攻撃が続いていることを確認しました。当社ではこの攻撃を行うグループを「Glass Heron（グラスヘロン）」と名付けて追跡しています。これまでに少なくとも9組織で侵入の痕跡を確認しており、そのうち4組織は日本の企業です。",
      "## 展示会の出展案内を装うメール",
      "攻撃の起点は、半導体製造装置の展示会への出展案内や招待状を装ったメールです。添付のZIPファイルには、正規の署名を持つ画像閲覧ソフトの実行ファイルと、同じフォルダーに置かれた不正なDLLファイルが入っています。実行ファイルを起動すると不正なDLLが読み込まれる、いわゆるDLLサイドローディングの手法が使われています。",
      "## バックドア「ReedLoader」",
      "不正なDLLは、メモリー上でバックドア「ReedLoader」を展開します。ReedLoaderは、正規のクラウドストレージサービスのAPIを使って攻撃者と通信するため、通常の業務通信と見分けにくいのが特徴です。感染した端末では、設計図面や見積書などの文書ファイルが探索され、外部に送信されていました。",
      "攻撃に使われたインフラには、過去に東アジアで観測された諜報目的の攻撃と重なる部分があり、国家の支援を受けたグループである可能性があります。金銭の要求は確認されておらず、技術情報の窃取が目的とみられます。",
      "## 侵害の痕跡（IoC）",
      "* expo-invite-portal.example（配布元）",
      "* cdn-sync-reed.example（通信先）",
      "* 不正なDLLのファイル名: version.dll（正規の実行ファイルと同じフォルダーに配置）",
      "## 推奨する対策",
      "* 展示会やイベントの案内を装ったZIP添付メールへの注意を社内に周知する",
      "* ユーザーの書き込み可能なフォルダーからのDLL読み込みをEDRで監視する",
      "* 業務で使っていないクラウドストレージサービスへの通信を確認する",
  ],
  cats=["標的型攻撃", "APT"])

A("packetreport", "glass-heron", "glass-heron-reedloader-asian-manufacturers", "2026-11-18T07:30:00-05:00",
  "Espionage group 'Glass Heron' targets Asian chip and manufacturing firms with new backdoor",
  [
      "A suspected state-backed hacking group has been breaking into manufacturers and semiconductor companies in Japan, Taiwan and Vietnam since August, according to research published Wednesday by Japanese security company Amatsu Shield.",
      "Amatsu Shield, which calls the group Glass Heron, said it had found evidence of intrusions at at least nine organisations, four of them in Japan. The attacks begin with emails that pose as invitations to exhibit at a semiconductor equipment trade show.",
      "The emails carry ZIP archives containing a legitimately signed image viewer and a malicious DLL placed next to it. When the viewer runs, it loads the rogue library, a technique known as DLL side-loading, which then unpacks a backdoor the researchers named ReedLoader in memory.",
      "ReedLoader talks to its operators through the API of a mainstream cloud storage service, making its traffic hard to separate from normal business use. On infected machines it searched for design drawings and price quotations and uploaded them.",
      "The company said parts of the group's infrastructure overlap with earlier espionage activity in East Asia, but it stopped short of naming a country. No ransom demands or destructive actions were observed, pointing to intellectual property theft as the goal.",
  ],
  author="Elena Kovac", cats=["Nation-State", "Espionage"])

# ================================================================ 8 hokuto-thai

A("secwatch", "hokuto-thai", "hokuto-seiki-thailand-unauthorized-access", "2026-11-18T17:00:00+09:00",
  "北斗精機のタイ子会社に不正アクセス、顧客の図面データ閲覧の可能性",
  [
      "精密部品メーカーの北斗精機株式会社（本社：長野県諏訪市）は11月18日、タイの子会社Hokuto Precision (Thailand) Co., Ltd.のファイルサーバーが不正アクセスを受けたと発表した。顧客から預かった図面データなどが閲覧された可能性があるという。",
      "同社によると、11月14日に現地の担当者がファイルサーバーへの不審なログインに気付いた。調査の結果、外部から取得したとみられる従業員のアカウントが使われ、複数のフォルダーにアクセスされていたことが分かった。",
      "閲覧された可能性があるのは、取引先から受け取った部品の図面や仕様書と、現地の従業員約520人の氏名や連絡先などの人事情報だ。現時点で、これらの情報が外部に公開されたり悪用されたりした事実は確認されていない。",
      "子会社のネットワークは日本の本社とは分けて運用されており、本社への影響は確認されていない。生産にも支障は出ていないという。同社は外部の専門機関と調査を進めるとともに、取引先への個別の説明を始めている。",
  ],
  cats=["インシデント", "不正アクセス"])

# ============================================================= 9 airwave-router

A("jirc", "airwave-router", "vu26-0112", "2026-11-18T14:00:00+09:00",
  "JIRCVU26-0112: カスミネット製無線LANルーター「AirWave」シリーズにおけるOSコマンドインジェクションの脆弱性",
  [
      "カスミネット株式会社が提供する無線LANルーター「AirWave」シリーズには、OSコマンドインジェクションの脆弱性およびクロスサイトリクエストフォージェリの脆弱性が存在します。",
      "## 影響を受けるシステム",
      ("table", [
          ["製品", "影響を受けるバージョン", "対策済みのバージョン"],
          ["AirWave AW-1800", "ファームウェア 1.2.7 およびそれ以前", "ファームウェア 1.2.8"],
          ["AirWave AW-3000", "ファームウェア 1.2.7 およびそれ以前", "ファームウェア 1.2.8"],
          ["AirWave AW-1200", "すべてのバージョン", "サポート終了のため提供なし"],
      ]),
      "## 詳細情報",
      "* OSコマンドインジェクション（CVE-2026-40112）　CVSS v3 基本値 8.8",
      "* クロスサイトリクエストフォージェリ（CVE-2026-40113）　CVSS v3 基本値 4.3",
      "## 想定される影響",
      "管理画面にログインできる第三者によって、ルーター上で任意のOSコマンドを実行される可能性があります。また、二つの脆弱性を組み合わせることで、管理画面にログインした状態の利用者が細工されたページを閲覧しただけで、任意のコマンドを実行される可能性があります。",
      "## 対策方法",
      "AW-1800とAW-3000を使用している場合は、開発者が提供する最新のファームウェア1.2.8にアップデートしてください。AW-1200はサポートが終了しており、修正版は提供されません。開発者は、AW-1200の使用を停止し、後継の製品に切り替えることを推奨しています。",
  ],
  cats=["脆弱性関連情報"])

# ============================================================== 10 openrelay-mft

A("patchline", "openrelay-mft", "openrelay-mft-cve-2026-40877", "2026-11-18T09:10:00+00:00",
  "Corvid patches critical deserialization bug in OpenRelay MFT",
  [
      "Corvid Software has released a fix for a serious vulnerability in OpenRelay MFT, its managed file transfer platform, that could let remote attackers run code on the server.",
      "The flaw, CVE-2026-40877, is an unsafe deserialization bug in the product's administrative API and is rated 8.1 under CVSS. An attacker who can reach the API can send a crafted object that the server turns into executable code, although Corvid said successful exploitation depends on specific timing conditions, which lowers the score from critical to high.",
      "Versions 5.0 through 5.6.0 are affected. The fix is in version 5.6.1, released on November 17.",
      "Corvid said it is not aware of attacks, and the administrative API is not meant to be exposed to the internet. Yet a scan by researchers at Gridline Security counted about 1,300 OpenRelay servers whose admin interface could be reached online.",
      "File transfer products have been a favourite target of extortion groups in recent years, because a single bug can hand attackers the sensitive files of many organisations at once. Administrators should update and move the admin API behind a VPN or an allow-list.",
  ],
  author="Dana Whitfield", cats=["Vulnerabilities"])

# =========================================================== 11 lurekit-takedown

A("infosecledger", "lurekit-takedown", "lurekit-phishing-service-dismantled", "2026-11-18T04:55:00-05:00",
  "Police dismantle LureKit phishing-as-a-service platform, arrest six",
  [
      "An international police operation has taken down LureKit, a phishing-as-a-service platform that sold ready-made fake login pages for more than 120 banks, card issuers and delivery companies, including several in Japan.",
      "Police in Spain arrested four suspects and Romanian authorities detained two more during coordinated raids last week, according to a joint statement released on Wednesday. Investigators seized 38 servers and took control of about 1,400 domains used to host phishing pages.",
      "LureKit charged subscribers about $250 a month for access to page templates, hosting and a dashboard that showed stolen credentials in real time. Some templates were designed to capture one-time passcodes and pass them to the criminals immediately, defeating text-message verification.",
      "Investigators estimate the service had about 3,000 paying customers and collected more than 480,000 sets of credentials since it launched in 2024. Data recovered from the servers will be shared with affected banks so that customers can be warned.",
      "Law enforcement agencies have increasingly targeted the suppliers of cybercrime tools, rather than individual fraudsters, to disrupt many operations at once.",
  ],
  author="Ruth Adeyemi", cats=["Threats", "Law enforcement"])

# ============================================================= 12 npm-typosquat

A("packetreport", "npm-typosquat", "npm-malicious-packages-credential-stealer", "2026-11-18T00:20:00-05:00",
  "38 malicious npm packages stole developer tokens and wallet files",
  [
      "Researchers have found 38 malicious packages on the npm registry that stole credentials from developers' machines and build servers, in another reminder of the risks of typosquatting in open-source ecosystems.",
      "The packages used names one or two characters away from popular logging, HTTP client and configuration libraries, according to software supply chain security firm Socketline. Together they were downloaded about 21,000 times over three weeks.",
      "Each package ran a script at install time that collected environment variables, npm and cloud access tokens, SSH keys and cryptocurrency wallet files, then sent them to a webhook controlled by the attackers. The malicious code was obfuscated and only ran on Linux and macOS systems.",
      "The packages were removed from the registry after Socketline reported them on November 16. Developers who installed any of them should rotate every secret that was present on the affected machine, not only the ones found in configuration files.",
      "Socketline recommended that teams review lockfiles for unexpected dependencies and disable install scripts in continuous integration where possible.",
  ],
  author="Tom Brenner", cats=["Supply Chain", "Open Source"])

# ================================================================= 13 amatsu-soc

A("itshinpo", "amatsu-soc", "news049", "2026-11-18T15:00:00+09:00",
  "アマツシールド、中小企業向けマネージドSOC「アマツSOCライト」を12月に提供開始",
  [
      "セキュリティ企業のアマツシールドは2026年11月18日、従業員50人から300人程度の中小企業を対象にしたマネージドSOCサービス「アマツSOCライト」を12月1日に提供開始すると発表した。価格は月額9万8,000円（税別）からとしている。",
      "## EDRの監視と初動対応を代行",
      "アマツSOCライトは、顧客の端末に導入したEDR（Endpoint Detection and Response）の通知を、同社のアナリストが24時間365日体制で監視するサービスだ。攻撃の疑いがある場合は、端末のネットワークからの隔離などの初動対応を顧客に代わって実施し、電話で連絡する。",
      "月に1度、検知した脅威や端末の状態をまとめた報告書も提供する。導入時には、外部に公開している機器やアカウントの設定を確認する簡易的な診断も行う。",
      "## 人材不足の中小企業を支援",
      "中小企業では、セキュリティの専任者がいないために、夜間や休日に攻撃を受けても気付くのが遅れる例が多い。同社は、監視と初動対応を手ごろな価格で提供することで、こうした企業の被害を抑えたいとしている。初年度に100社への導入を目指す。",
  ],
  cats=["セキュリティ", "製品・サービス"])

# ============================================================= 14 hokushin-email

A("cybersokuho", "hokushin-email", "2026111805", "2026-11-18T19:45:00+09:00",
  "北辰大学でメール誤送信、学生837人のアドレスが互いに見える状態に",
  [
      "北辰大学（札幌市）は18日、学生にメールを一斉送信した際に、837人分のメールアドレスが受信者全員に見える状態で送ってしまったと発表した。",
      "大学によると、キャリア支援課の職員が17日、インターンシップ説明会の案内を送る際に、本来はBCCに入力すべき学生のアドレスを宛先（TO）の欄に入力していた。送信の直後に学生からの問い合わせで気付いたという。",
      "流出したのはメールアドレスのみで、氏名や学籍番号などは含まれていない。大学は対象の学生におわびし、受信したメールの削除を依頼している。",
      "大学は今後、学生への一斉送信には専用の配信システムを使い、手作業でのアドレス入力をやめるとしている。",
  ],
  cats=["事件・事故", "個人情報"])
