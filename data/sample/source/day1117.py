"""Articles published on 2026-11-17 (JST).  All text is our own writing;
every organisation, person and product here is fictional."""

from model import A

# ----------------------------------------------------------------- minato-claim

A("dailysec", "minato-claim", "20261117003", "2026-11-17T12:30:00+09:00",
  "ランサム集団「シャドウリンクス」、ミナトロジスティクスへの攻撃を主張　1.2TB窃取と",
  [
      "物流会社ミナトロジスティクス（横浜市）のシステム障害をめぐり、ランサムウェア攻撃グループ「ShadowLynx（シャドウリンクス）」が17日、自らのリークサイトで同社への攻撃を主張した。",
      "リークサイトには同社の社名とロゴが掲載され、契約書や従業員の名簿などを含む約1.2TBのデータを盗んだと書き込まれている。7日以内に交渉に応じなければデータを公開するとして、カウントダウンの表示も出ている。",
      "シャドウリンクスは2025年ごろから活動が確認されている攻撃グループで、データを暗号化したうえで、盗んだ情報の公開をちらつかせて支払いを迫る「二重恐喝」の手口を使う。製造業や物流業の被害が多いとされる。",
      "ミナトロジスティクスは取材に対し「攻撃者の主張は把握しているが、内容の真偽も含めて調査中だ」と答えた。同社の出荷業務は17日も一部の拠点で止まっている。",
  ],
  cats=["事件・事故"])

A("secwatch", "minato-claim", "shadowlynx-claims-minato-logistics", "2026-11-17T18:05:00+09:00",
  "ShadowLynxがミナトロジスティクスを「被害者」としてリークサイトに掲載",
  [
      "11月15日からシステム障害が続いているミナトロジスティクスについて、ランサムウェアグループ「ShadowLynx」が、同社を攻撃したとする書き込みをダークウェブ上のリークサイトに掲載したことが分かった。",
      "掲載は11月17日の未明（日本時間）で、攻撃者は社内のファイルサーバーから約1.2TBのデータを持ち出したと主張している。証拠として、請求書や社員証の画像とみられるファイルのサンプルも公開した。データ公開までの期限は11月24日に設定されている。",
      "ShadowLynxは、攻撃ツールを他の攻撃者に貸し出す「RaaS（Ransomware as a Service）」の形態で活動しているとされる。今年に入ってリークサイトに掲載された被害組織は90を超え、日本の組織も少なくとも6件含まれている。",
      "ミナトロジスティクスは、掲載されたデータが本物かどうかを含めて調査を続けているとしている。同社と取引のある企業は、同社を装ったメールや、振込先の変更を求める連絡に注意する必要がある。",
  ],
  cats=["インシデント", "ランサムウェア"])

A("packetreport", "minato-claim", "shadowlynx-claims-minato-logistics-japan", "2026-11-17T08:10:00-05:00",
  "ShadowLynx ransomware gang claims hit on Japanese logistics firm Minato Logistics",
  [
      "The ShadowLynx ransomware operation has claimed responsibility for the cyberattack that has disrupted Japanese logistics company Minato Logistics since the weekend.",
      "Early on Tuesday, Japan time, the group added the Yokohama-based firm to its data leak site, saying it had stolen 1.2 terabytes of files including contracts, invoices and employee records. The listing gives the company until November 24 to make contact before the data is published.",
      "Minato Logistics disclosed on Monday that servers running its warehouse management and ordering systems had been encrypted, halting shipments at 12 of its roughly 40 distribution centers in the Kanto and Tokai regions. The company has not said whether it has received a ransom demand.",
      "ShadowLynx surfaced in 2025 and runs an affiliate model in which partners break into networks and deploy the group's encryptor in exchange for a share of any ransom. Its leak site has listed more than 90 victims this year, many of them manufacturers and logistics providers.",
      "Minato Logistics did not respond to a request for comment. Logistics companies are attractive targets for extortion because an outage quickly spreads to the retailers and manufacturers that depend on them.",
  ],
  author="Tom Brenner", cats=["Cybercrime", "Ransomware"])

# ----------------------------------------------------------------- orbis-update

A("patchline", "orbis-update", "orbis-november-2026-security-update", "2026-11-17T10:15:00+00:00",
  "Orbis November update fixes 47 flaws, including two exploited zero-days",
  [
      "Orbis Software released its monthly security update on Tuesday, fixing 47 vulnerabilities across its workplace and server products. Two of them were already being exploited in attacks before the fixes were available.",
      "The more serious zero-day, CVE-2026-40301, is an elevation of privilege bug in the kernel driver of the Orbis Workspace agent with a CVSS score of 7.8. An attacker who already has a foothold on a machine can use it to gain SYSTEM rights, which makes it a favourite second step for ransomware crews. Orbis said its own threat intelligence team found it being used in the wild.",
      "The second exploited flaw, CVE-2026-40315 (CVSS 6.5), lets a specially crafted archive slip past the Safe Preview sandbox in Orbis Mail, so that an attachment opens without the usual warning. It has been used in phishing campaigns, according to the advisory.",
      "Six of the 47 bugs are rated critical. Among them, CVE-2026-40288 in the remote management service of Orbis Server carries a 9.8 score and can be triggered over the network without credentials. It is not known to be exploited, but Orbis marks it as \"exploitation more likely.\"",
      "Administrators should prioritise the two exploited flaws on endpoints and the management service fix on any Orbis Server reachable from untrusted networks.",
  ],
  author="Marcus Oyelaran", cats=["Vulnerabilities", "Patch roundup"])

A("packetreport", "orbis-update", "orbis-zero-days-cve-2026-40301-40315", "2026-11-17T06:30:00-05:00",
  "Attackers exploited two Orbis bugs before patches landed",
  [
      "Orbis Software says hackers were exploiting two vulnerabilities in its products before it shipped fixes on Tuesday as part of a 47-bug monthly release.",
      "CVE-2026-40301 lets a local attacker take over the Windows machine running the Orbis Workspace agent by abusing its kernel driver. The Dublin-based company did not say who was behind the attacks, but privilege escalation flaws like this one are routinely chained with phishing or stolen credentials to turn a limited intrusion into full control.",
      "The other zero-day, CVE-2026-40315, affects Orbis Mail. Malicious archives crafted to exploit it open outside the client's Safe Preview sandbox without showing a security prompt, which removes one of the last warnings a user would see before running an attachment.",
      "\"Two exploited bugs in one month is not unusual any more, but the driver flaw is the one we would patch tonight,\" said Nadia Ferreira, a vulnerability analyst at incident response firm Quarry Point.",
      "The update also fixes CVE-2026-40288, a critical remote code execution bug in Orbis Server's management service that is rated 9.8. Orbis has not seen it exploited.",
  ],
  author="Elena Kovac", cats=["Vulnerabilities", "Zero-day"])

A("itshinpo", "orbis-update", "news072", "2026-11-17T21:00:00+09:00",
  "Orbis Softwareが11月の更新プログラムを公開、悪用済みのゼロデイ2件を含む47件を修正",
  [
      "アイルランドのOrbis Softwareは2026年11月17日、同社製品の月例セキュリティ更新プログラムを公開した。修正した脆弱性は47件で、そのうち2件は修正前から攻撃に悪用されていた、いわゆるゼロデイ脆弱性だった。",
      "## 悪用が確認された2件",
      "1件目のCVE-2026-40301は、Orbis Workspaceのエージェントに含まれるカーネルドライバーの権限昇格の脆弱性で、CVSSv3.1の基本値は7.8。すでに端末に侵入した攻撃者がこれを悪用すると、SYSTEM権限を奪取できる。",
      "2件目のCVE-2026-40315は、メールクライアントOrbis Mailの保護機能「Safe Preview」を回避できる脆弱性で、基本値は6.5。細工した圧縮ファイルを添付すると、警告が表示されないまま中身が開かれてしまう。フィッシングメールを使った攻撃で悪用されていたという。",
      "## 深刻度「緊急」は6件",
      "このほか、Orbis Serverのリモート管理サービスに存在するCVE-2026-40288（基本値9.8）など6件が最も深刻度の高い「緊急」に分類されている。この脆弱性は認証なしにネットワーク経由で悪用できるため、悪用は確認されていないものの、早めの対応が望ましい。",
      "国内でもOrbis製品を利用する企業は多い。システム管理者は、悪用が確認された2件を含む更新プログラムを優先して適用する必要がある。",
  ],
  author="小野寺 航", cats=["セキュリティ", "脆弱性"])

A("cybersokuho", "orbis-update", "2026111705", "2026-11-17T22:40:00+09:00",
  "Orbis製品に悪用済みの脆弱性2件、月例更新で修正　早急な適用を",
  [
      "Orbis Softwareが17日に月例の更新プログラムを公開した。対象は47件の脆弱性で、このうち2件はすでに攻撃での悪用が確認されている。",
      "悪用されていたのは、Orbis Workspaceエージェントの権限昇格の脆弱性（CVE-2026-40301）と、Orbis Mailの安全機能を回避できる脆弱性（CVE-2026-40315）だ。前者は侵入後に管理者権限を得る目的で、後者は添付ファイルを開かせるフィッシングで使われていた。",
      "Orbis Serverのリモート管理サービスには、認証なしでコードを実行される深刻な脆弱性（CVE-2026-40288、CVSS 9.8）も見つかっている。こちらは現時点で悪用の報告はない。",
      "利用者は、悪用が確認された2件を最優先に、更新プログラムをできるだけ早く適用してほしい。",
  ],
  cats=["脆弱性"])

# ---------------------------------------------------------- brightpath-lawsuit

A("infosecledger", "brightpath-lawsuit", "brightpath-class-action", "2026-11-17T07:30:00-05:00",
  "Brightpath Data hit with class action over exposed consumer database",
  [
      "Data broker Brightpath Data is facing a proposed class action lawsuit, days after it confirmed that a misconfigured database exposed about 3.4 million consumer records.",
      "The complaint, filed on Monday in federal court in Denver, argues that Brightpath was negligent in leaving a copy of its consumer data reachable from the internet without a password. The lead plaintiff, an Arizona resident, says she has received a sharp increase in scam calls and phishing emails that reference her home address.",
      "The suit asks for damages and for a court order requiring Brightpath to delete data it cannot justify keeping and to submit to independent security audits for five years.",
      "Separately, the Colorado attorney general's office has sent Brightpath a letter asking when the exposure began, how many Colorado residents are affected and when they will be notified, according to a copy seen by Infosec Ledger.",
      "Brightpath said it does not comment on pending litigation and is continuing its forensic review. Lawsuits now follow large data exposures within days, often before companies have finished counting who was affected.",
  ],
  author="Sam Kowalczyk", cats=["Breaches", "Legal"])

# ---------------------------------------------------------------- kestrel-heist

A("patchline", "kestrel-heist", "kestrel-exchange-hot-wallet-theft", "2026-11-17T03:50:00+00:00",
  "Kestrel Exchange loses $41 million after attackers compromise wallet signing server",
  [
      "Singapore-based cryptocurrency exchange Kestrel Exchange says attackers stole about $41 million in digital assets from one of its hot wallets on Monday after gaining access to a server that signs withdrawal transactions.",
      "The exchange paused all deposits and withdrawals shortly after its monitoring flagged a series of large outbound transfers at around 14:00 UTC. In a notice to users, Kestrel said the stolen funds amounted to about 4% of customer assets and that wallets held in cold storage were not affected.",
      "Kestrel said it would cover the losses in full from its corporate reserves and expects to resume withdrawals within 72 hours after rebuilding the signing infrastructure.",
      "Blockchain analysts tracking the stolen Ether and stablecoins said the attackers began moving funds through cross-chain bridges and mixing services within an hour. Analysts at tracing firm Chainward said the laundering pattern resembled earlier thefts attributed to a state-backed group, though they cautioned that the evidence was preliminary.",
      "The theft adds to a year of large exchange breaches in which attackers went after the systems that approve transactions rather than the smart contracts themselves.",
  ],
  author="Dana Whitfield", cats=["Cryptocurrency", "Breaches"])

A("infosecledger", "kestrel-heist", "kestrel-exchange-41-million-stolen", "2026-11-16T23:10:00-05:00",
  "Crypto exchange Kestrel pauses withdrawals after $41M theft",
  [
      "Kestrel Exchange, a cryptocurrency trading platform headquartered in Singapore, has suspended withdrawals after hackers drained roughly $41 million from a hot wallet.",
      "According to the company, the attackers compromised an internal signing server and used it to approve transfers to addresses they controlled. Kestrel said the breach was limited to one hot wallet and that customer balances remain fully backed.",
      "The exchange has hired an outside incident response firm and notified law enforcement in Singapore and the United States. It also said it is working with other exchanges and stablecoin issuers to freeze stolen funds where possible.",
      "Researchers at Chainward, which tracks illicit crypto flows, said part of the loot was quickly swapped and bridged to other blockchains, a pattern seen in previous heists linked to state-sponsored operators.",
      "Users should expect phishing messages that pretend to come from Kestrel and promise early withdrawals or compensation. The exchange said it would only post updates on its official site and social media accounts.",
  ],
  author="Ruth Adeyemi", cats=["Threats", "Cryptocurrency"])

# --------------------------------------------------------------- shinonome-usb

A("secwatch", "shinonome-usb", "shinonome-city-usb-loss", "2026-11-17T11:15:00+09:00",
  "東雲市の健診業務委託先がUSBメモリを紛失、市民2,431人分の健診結果",
  [
      "東雲市は11月17日、特定健康診査の業務を委託している株式会社ひまわり健診サービスの従業員が、市民2,431人分の個人情報を保存したUSBメモリを紛失したと発表した。現時点で情報が悪用された事実は確認されていないという。",
      "市によると、従業員は11月10日、健診会場から事務所に戻る途中の電車内にUSBメモリを入れたかばんを置き忘れた。USBメモリには、受診者の氏名、生年月日、性別、住所と、身長、体重、血圧、血液検査などの健診結果が保存されていた。",
      "データは暗号化されておらず、パスワードも設定されていなかった。委託契約では、市の許可なく個人情報を外部記録媒体に保存することを禁じており、従業員は報告書の作成を急ぐため、無断で持ち出していたという。",
      "市は対象の市民に謝罪の文書を送るとともに、委託先に対して個人情報の取り扱いの見直しを指示した。委託先は警察に遺失届を提出し、鉄道会社にも捜索を依頼している。",
  ],
  cats=["インシデント", "個人情報"])

A("cybersokuho", "shinonome-usb", "2026111703", "2026-11-17T14:30:00+09:00",
  "東雲市、委託先が市民の健診データ入りUSBメモリ紛失　暗号化なし",
  [
      "東雲市が17日、健康診断の業務を委託している事業者で、市民2,431人分の個人情報を含むUSBメモリの紛失があったと公表した。",
      "紛失したのは委託先「ひまわり健診サービス」の従業員で、10日に電車の中にかばんごと置き忘れたという。USBメモリには氏名や住所、生年月日のほか、血圧や血液検査の値など健診の結果が入っていた。",
      "USBメモリは暗号化されていなかった。契約では許可のない持ち出しを禁じていたが、従業員はそのルールを守っていなかった。",
      "市は該当する市民へのおわびの通知を進めており、委託先の管理体制についても確認する方針だ。",
  ],
  cats=["事件・事故", "官公庁"])

# --------------------------------------------------------- jirc-phishing-alert

A("jirc", "jirc-phishing-alert", "at260044", "2026-11-17T10:00:00+09:00",
  "国内の事業者をかたるフィッシングサイトの増加に関する注意喚起",
  [
      "JIRCでは、国内の電力会社やガス会社、宅配事業者、証券会社などをかたるフィッシングサイトの報告を多数受け付けています。2026年10月に報告を受けたフィッシングサイトは5,912件で、9月の約1.4倍に増えました。",
      "## I. 概要",
      "攻撃者は、料金の未払いや配達の不在、口座の取引制限などを口実にしたメールやSMSを送り、本物とよく似た偽のログインページに誘導します。最近では、IDとパスワードに続いてワンタイムパスワードの入力も求め、その情報を使ってただちに正規のサイトにログインする手口が確認されています。",
      "## II. 利用者の対策",
      "* メールやSMSに記載されたリンクからログインせず、公式アプリやブックマークからアクセスする",
      "* ワンタイムパスワードを入力する前に、アドレスバーのドメイン名を確認する",
      "* 入力してしまった場合は、ただちにパスワードを変更し、事業者の窓口に連絡する",
      "## III. 事業者の対策",
      "ブランドを悪用されている事業者は、自社の名前を含む類似ドメインの監視、送信ドメイン認証（DMARC）の適用、利用者への注意喚起を行うことを推奨します。フィッシングサイトを見つけた場合は、JIRCへ報告してください。JIRCは、サイトを運用しているホスティング事業者などと調整し、閉鎖を依頼します。",
  ],
  cats=["注意喚起"])

# ------------------------------------------------------------------ kintai-vuln

A("jirc", "kintai-vuln", "vu26-0108", "2026-11-17T15:00:00+09:00",
  "JIRCVU26-0108: ソラリス製「かんたん勤怠クラウド オンプレミス版」における複数の脆弱性",
  [
      "株式会社ソラリスが提供する「かんたん勤怠クラウド オンプレミス版」には、複数の脆弱性が存在します。",
      "## 影響を受けるシステム",
      "* かんたん勤怠クラウド オンプレミス版 3.9.0 およびそれ以前のバージョン",
      "## 詳細情報",
      "* 格納型クロスサイトスクリプティング（CVE-2026-39877）　CVSS v3 基本値 5.4",
      "* パストラバーサル（CVE-2026-39878）　CVSS v3 基本値 7.5",
      "## 想定される影響",
      "CVE-2026-39877が悪用されると、製品にログインした利用者のウェブブラウザー上で任意のスクリプトを実行される可能性があります。CVE-2026-39878が悪用されると、認証されていない遠隔の第三者によって、サーバー上の任意のファイルを読み取られる可能性があります。",
      "## 対策方法",
      "開発者が提供する最新のバージョン3.9.1にアップデートしてください。アップデートが難しい場合は、製品の管理画面へのアクセスを社内ネットワークからに限定することで、影響を軽減できます。",
      "## 謝辞",
      "この脆弱性情報は、報告者の三宅 拓也氏からの届出を受けて、JIRCが開発者との調整を行いました。",
  ],
  cats=["脆弱性関連情報"])

# ------------------------------------------------------------ sme-ransom-survey

A("dailysec", "sme-ransom-survey", "20261117006", "2026-11-17T23:50:00+09:00",
  "中小企業の6.8%がランサム被害　「バックアップから全面復旧」は半数どまり",
  [
      "中小企業サイバー対策推進協議会は17日、全国の中小企業を対象にしたサイバー攻撃の被害実態調査の結果を公表した。過去1年間にランサムウェアの被害を受けた企業は6.8%で、前年の調査の4.9%から増えた。",
      "調査は9月から10月にかけて、従業員300人以下の企業1,200社を対象にインターネットで行った。被害を受けた企業のうち、バックアップからデータをすべて復旧できたのは51%にとどまり、32%は一部のデータを失ったと答えた。業務の停止期間は平均で12日だった。",
      "侵入の経路として最も多かったのはVPN機器で46%を占め、リモートデスクトップが24%で続いた。いずれも、脆弱性の修正の遅れや、推測されやすいパスワードが原因とみられる。",
      "協議会は、ネットワークから切り離したバックアップの確保と、外部に公開している機器の定期的な更新を呼び掛けている。また、被害に遭った企業の約4割が「どこに相談すればよいか分からなかった」と回答したことから、地域の相談窓口の周知にも力を入れるとしている。",
  ],
  cats=["調査"])

# -------------------------------------------------------------- vantage-loyalty

A("packetreport", "vantage-loyalty", "vantage-air-loyalty-breach", "2026-11-17T05:00:00-05:00",
  "Vantage Air says hackers stole data on 1.1 million loyalty members via CRM vendor",
  [
      "US carrier Vantage Air is notifying about 1.1 million members of its VantagePoints loyalty program that their personal information was stolen in a breach at a customer relationship management vendor.",
      "The airline said an unauthorized party used a stolen access token to pull records from a platform run by Helix CX, which Vantage uses to manage loyalty communications. The activity took place between October 29 and November 9, when Helix detected unusual export volumes.",
      "The stolen data includes names, membership numbers, email addresses, phone numbers, tier status and points balances, as well as the routes and dates of flights taken in the past year. Vantage said passwords, passport numbers and payment card details were not stored on the Helix platform.",
      "No points were taken from member accounts, the airline said, but it has added extra verification for point transfers and redemptions as a precaution.",
      "Travel history paired with contact details is useful for convincing phishing, for example fake rebooking notices or refund offers. Vantage advised members to be wary of messages asking them to log in through links.",
  ],
  author="Elena Kovac", cats=["Breaches", "Aviation"])

A("infosecledger", "vantage-loyalty", "vantage-air-vantagepoints-breach", "2026-11-17T08:45:00-05:00",
  "Vantage Air warns 1.1M frequent flyers after third-party breach",
  [
      "Vantage Air has begun emailing members of its frequent flyer program after a breach at a third-party software provider exposed information on roughly 1.1 million people.",
      "The breach happened at Helix CX, a marketing and CRM company. Attackers obtained a valid API token for Vantage's account and used it over almost two weeks to export member data, according to the airline's notice.",
      "Exposed information includes contact details, VantagePoints membership numbers, account balances and a year of flight history. The airline said it found no sign that the attackers accessed its own reservation systems.",
      "Helix CX said it has revoked all tokens issued before November 10 and is reviewing whether other customers were affected. The company did not say how the token was stolen.",
      "Incidents like this one, where attackers reuse long-lived tokens held by a vendor, have become one of the most common ways into customer data held in software-as-a-service platforms.",
  ],
  author="Sam Kowalczyk", cats=["Breaches"])
