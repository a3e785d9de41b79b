"""Articles published on 2026-11-16 (JST).  All text is our own writing;
every organisation, person and product here is fictional."""

from model import A

# ---------------------------------------------------------------- minato-outage

A("secwatch", "minato-outage", "minato-logistics-system-failure", "2026-11-16T11:40:00+09:00",
  "ミナトロジスティクスで大規模システム障害、12拠点で出荷停止　ランサムウェアの可能性も",
  [
      "物流大手の株式会社ミナトロジスティクス（本社：横浜市中区）は11月16日、倉庫管理システムなど社内の複数のシステムで障害が発生し、関東と東海地方の物流センター12拠点で出荷業務を停止していると発表した。同社は外部からの不正アクセスによるものとみて、原因の調査を進めている。",
      "同社によると、11月15日午前3時ごろ、監視担当者が倉庫管理システム（WMS）のサーバーに接続できなくなっていることに気付いた。その後の確認で、一部のサーバー上のファイルが暗号化され、拡張子が書き換えられていることが分かった。ランサムウェアによる攻撃の可能性があるとして、同日中に社内ネットワークをインターネットから切り離した。",
      "ミナトロジスティクスは全国に約40の物流拠点を持ち、日用品や医薬品、通販商品の保管と配送を請け負っている。出荷を止めた12拠点では受注データを取り込めず、入荷と出荷の処理ができない状態だ。ほかの拠点は手作業を交えて業務を続けているものの、配送に遅れが出ている。",
      "同社はすでに外部のセキュリティ専門会社に調査を依頼し、警察にも相談した。取引先には電話とメールで個別に状況を説明しているという。個人情報や取引先の情報が外部に流出したかどうかは「現時点では確認できていない」としており、判明し次第公表する方針だ。",
  ],
  cats=["インシデント", "ランサムウェア"])

A("cybersokuho", "minato-outage", "2026111602", "2026-11-16T13:05:00+09:00",
  "【速報】ミナトロジスティクス、システム障害で出荷止まる　サーバーのファイル暗号化を確認",
  [
      "横浜市に本社を置く物流会社ミナトロジスティクスが、16日に公式サイトでシステム障害を告知した。関東・東海の12拠点で出荷ができない状態が続いている。",
      "告知によると、異常に気付いたのは15日の未明だった。倉庫管理システムが応答しなくなり、調べたところサーバーの一部のファイルが暗号化されていた。同社は第三者による不正アクセスを疑っており、ランサムウェアの被害である可能性が高い。",
      "同社は通販事業者や小売チェーンなど多くの企業から物流業務を受託しており、荷主の側にも影響が広がりそうだ。一部の通販サイトでは、すでに「配送に遅れが生じる場合がある」との案内が出ている。",
      "情報流出の有無は現時点では分かっておらず、専門会社による調査が続いている。続報が入り次第お伝えする。",
  ],
  cats=["事件・事故"])

A("itshinpo", "minato-outage", "news041", "2026-11-16T15:20:00+09:00",
  "物流のミナトロジスティクスで不正アクセスの疑い、WMS停止で出荷に遅れ",
  [
      "3PL（サードパーティー・ロジスティクス）事業を手掛けるミナトロジスティクスは2026年11月16日、不正アクセスが疑われるシステム障害により、一部の物流センターで出荷業務を停止していると明らかにした。復旧の見通しは立っていない。",
      "## 倉庫管理と受発注のシステムが停止",
      "障害が起きたのは、在庫と入出荷を管理する倉庫管理システム（WMS）と、荷主からの注文を受け付ける受発注システムだ。11月15日未明に異常を検知し、調査の結果、複数のサーバーでファイルが暗号化されていた。同社は被害の拡大を防ぐため、社内ネットワークとインターネットの接続を遮断した。",
      "影響を受けているのは関東と東海の12拠点である。同社は全国に約40拠点を持つが、残りの拠点でも受発注システムが使えないため、荷主から受け取った指示書をもとに手作業で出荷している。",
      "## 荷主への影響",
      "同社の荷主は約1,800社にのぼる。ドラッグストアや通販事業者の中には、商品の到着が遅れる可能性を顧客に告知する企業も出始めた。ミナトロジスティクスは外部の専門家と協力して原因の特定と復旧を急ぐとともに、情報流出の有無を確認するとしている。",
  ],
  author="小野寺 航", cats=["セキュリティ", "インシデント"])

A("dailysec", "minato-outage", "20261116004", "2026-11-16T18:45:00+09:00",
  "物流会社ミナトロジスティクスにサイバー攻撃か　関東・東海の出荷業務がストップ",
  [
      "物流会社の株式会社ミナトロジスティクス（横浜市）で、15日未明からシステム障害が続いている。同社は16日、サイバー攻撃を受けた可能性があると発表した。",
      "同社の説明では、倉庫の在庫を管理するシステムのサーバーでファイルが読めなくなっており、調べたところ暗号化されていた。身代金を要求するランサムウェアの典型的な手口とみられるが、同社は攻撃の種類をまだ断定していない。",
      "関東と東海地方の12の物流センターでは、16日も出荷作業が止まったままだ。同社に配送を委託する小売業者などからは、店舗への商品補充が遅れるとの声も出ている。",
      "同社は警察に相談するとともに、セキュリティの専門会社に調査を依頼した。顧客や取引先の情報が外部に漏れたかどうかについては、引き続き調べるとしている。",
  ],
  cats=["事件・事故"])

# ---------------------------------------------------------- brightpath-exposure

A("patchline", "brightpath-exposure", "brightpath-data-exposed-database", "2026-11-16T12:40:00+00:00",
  "Data broker Brightpath left 3.4 million consumer records in an open database",
  [
      "Marketing data company Brightpath Data exposed roughly 3.4 million consumer records through a cloud database that anyone on the internet could query without a password, the company confirmed on Sunday.",
      "The records included names, email addresses, phone numbers and home addresses, along with inferred attributes that Brightpath sells to advertisers, such as estimated household income bands and \"likely homeowner\" flags. Brightpath said the database did not contain Social Security numbers or payment card data.",
      "The exposure was discovered by independent researcher Jonah Pruitt, who found the instance while scanning for misconfigured search clusters and reported it to the Denver-based company on November 11. Brightpath shut off public access on November 13.",
      "In a statement, Brightpath said the database was a staging copy created by an engineer for a migration project and \"was never intended to be internet-facing.\" The company said it is reviewing access logs to find out whether anyone other than the researcher downloaded the data.",
      "Data brokers are a recurring source of large exposures because they pull information from many sources into single, easily searchable stores. People whose details appear in the set have not yet been notified.",
  ],
  author="Dana Whitfield", cats=["Breaches", "Data brokers"])

A("packetreport", "brightpath-exposure", "brightpath-data-broker-leak-3-4-million", "2026-11-16T09:05:00-05:00",
  "Brightpath Data confirms exposure of 3.4M people's details",
  [
      "Denver-based data broker Brightpath Data has confirmed that a misconfigured database exposed personal information on about 3.4 million people, the latest in a string of leaks from companies that trade in consumer profiles.",
      "Security researcher Jonah Pruitt told The Packet Report he came across the unprotected database on November 10 and spent a day confirming that it belonged to Brightpath before contacting the company. Access was restricted two days after his report.",
      "According to Pruitt, the data set held contact details and postal addresses as well as marketing segments that guess at a person's income, age range and interests. Some records tied several email addresses and phone numbers to the same household.",
      "Brightpath spokesperson Carla Mendes said the exposed system was a temporary copy made during a cloud migration. \"We have found no evidence of misuse,\" she said, adding that the company's review of its logs was continuing.",
      "Privacy advocates said the incident shows why data broker rules keep coming up in state legislatures. Several US states already require brokers to register and to honour deletion requests from residents.",
  ],
  author="Tom Brenner", cats=["Privacy", "Breaches"])

A("infosecledger", "brightpath-exposure", "brightpath-data-exposure", "2026-11-16T08:15:00-05:00",
  "3.4 million records from data broker Brightpath sat in an unprotected cloud database",
  [
      "An unsecured database belonging to Brightpath Data, a Colorado company that compiles consumer profiles for marketers, exposed approximately 3.4 million records before it was locked down last week.",
      "The company acknowledged the incident on Sunday after it was reported by a security researcher. Brightpath said the database was a staging environment used during a move to a new cloud provider and that it had mistakenly been left reachable from the internet without authentication.",
      "The exposed fields included full names, personal and work email addresses, phone numbers, street addresses and a set of modelled attributes used for ad targeting. Brightpath stressed that no financial account numbers or government identifiers were stored in the database.",
      "It is not yet clear how long the system was exposed. Brightpath said it had hired an outside forensic firm and would notify affected individuals \"where required by law.\"",
      "People whose contact details circulate in data sets like this one are more likely to receive targeted phishing and scam calls, so unexpected messages that mention a recipient's home address or household details deserve extra suspicion.",
  ],
  author="Ruth Adeyemi", cats=["Breaches"])

# ------------------------------------------------------------- formforge-plugin

A("patchline", "formforge-plugin", "formforge-pro-plugin-file-upload-flaw", "2026-11-16T10:20:00+00:00",
  "Critical FormForge Pro flaw lets attackers upload files to WordPress sites without logging in",
  [
      "A critical vulnerability in FormForge Pro, a WordPress form-builder plugin installed on about 300,000 sites, allows unauthenticated attackers to upload arbitrary files and potentially take over the site.",
      "The bug, tracked as CVE-2026-39102 and rated 9.8 on the CVSS scale, sits in the plugin's handler for file attachments on public forms. The handler trusted the file type declared by the browser instead of inspecting the upload itself, so a PHP script could be submitted as if it were an image and then run from the uploads directory.",
      "All versions up to and including 4.8.1 are affected. The developer released version 4.8.2 on November 14 with server-side type checks and a rule that stops scripts from executing in the attachment folder.",
      "As of Monday, plugin statistics suggested that fewer than a third of installations had moved to the fixed release. No attacks have been confirmed, but researchers expect exploitation to start soon because the flaw is easy to reproduce once the patch is examined.",
      "Site owners should update to 4.8.2 immediately. Administrators who cannot update right away should disable public forms that accept attachments and look for unexpected .php files under wp-content/uploads/formforge.",
  ],
  author="Marcus Oyelaran", cats=["Vulnerabilities", "WordPress"])

A("packetreport", "formforge-plugin", "formforge-pro-cve-2026-39102", "2026-11-16T06:45:00-05:00",
  "FormForge Pro bug puts 300,000 WordPress sites at risk of takeover",
  [
      "WordPress administrators running the FormForge Pro plugin are being urged to update after the disclosure of CVE-2026-39102, a flaw that lets anyone upload a web shell through a public form.",
      "The vulnerability was reported to the plugin's developer by researchers at web security firm Palisade Labs, who scored it 9.8 under CVSS. Palisade said an attacker needs nothing more than a page with a FormForge form that accepts attachments, a common setup for job applications and support requests.",
      "\"The validation only looked at what the client claimed the file was,\" Palisade researcher Amir Haddad said. \"Rename a script, set the right content type, and the server stores it somewhere it will happily execute.\"",
      "Version 4.8.2, published on November 14, fixes the issue. Palisade said it had not yet seen exploitation but would publish technical details in two weeks to give site owners time to patch.",
      "Hosting providers can block requests to PHP files in the plugin's upload folder as a stopgap, but the developer recommends updating rather than relying on server rules.",
  ],
  author="Elena Kovac", cats=["Vulnerabilities"])

# ---------------------------------------------------------- hanamizuki-skimming

A("itshinpo", "hanamizuki-skimming", "news018", "2026-11-16T10:30:00+09:00",
  "和菓子通販「はなみずき堂オンライン」でカード情報3,218件漏えいの可能性、決済画面を改ざん",
  [
      "和菓子の製造販売を手掛ける株式会社はなみずき堂（本社：京都市）は2026年11月16日、同社が運営する通販サイト「はなみずき堂オンライン」が不正アクセスを受け、利用客のクレジットカード情報3,218件が漏えいした可能性があると発表した。",
      "## 決済画面が改ざんされる",
      "同社によると、第三者がサイトのシステムの脆弱性を突いて決済画面を改ざんし、入力されたカード情報を外部に送信するよう細工していた。いわゆるWebスキミングと呼ばれる手口である。対象は2026年3月2日から8月19日までにカード決済を利用した顧客で、カード名義人名、カード番号、有効期限、セキュリティコードが含まれる。",
      "8月19日にクレジットカード会社から漏えいの懸念を指摘され、同日にカード決済を停止した。その後、第三者調査機関によるフォレンジック調査を実施し、10月末に調査が完了したという。",
      "## 不正利用の確認を呼び掛け",
      "一部のカードについては、すでに不正利用の可能性が報告されている。同社は対象の顧客にメールと書面で連絡するとともに、カードの利用明細に身に覚えのない請求がないか確認するよう呼び掛けている。通販サイトは決済の仕組みを見直したうえで再開する予定だ。",
  ],
  cats=["セキュリティ", "情報漏えい"])

A("dailysec", "hanamizuki-skimming", "20261116002", "2026-11-16T14:10:00+09:00",
  "はなみずき堂の通販サイトに不正アクセス　カード情報3218件流出か",
  [
      "京都市の和菓子店「はなみずき堂」は16日、オンラインショップが不正アクセスを受け、顧客のカード情報最大3,218件が流出した可能性があると明らかにした。",
      "流出したおそれがあるのは、今年3月2日から8月19日にかけてサイトでカード決済をした客の情報で、カード番号や有効期限、セキュリティコードなどが含まれる。攻撃者はサイトの決済画面を書き換え、客が入力した情報を盗み取っていたとみられる。",
      "8月にカード会社から連絡を受けて発覚した。同社はカード決済を止めたうえで外部の調査会社に調査を依頼していた。公表まで約3カ月かかったことについては「正確な情報を把握したうえで公表するため」と説明している。",
      "同社は個人情報保護委員会に報告し、京都府警にも相談している。対象の客には個別に連絡し、不審な請求があればカード会社に問い合わせるよう求めている。",
  ],
  cats=["事件・事故"])

# --------------------------------------------------------------- jirc-quarterly

A("jirc", "jirc-quarterly", "ir2026q3", "2026-11-16T14:00:00+09:00",
  "JIRC インシデント報告対応レポート［2026年7月1日から2026年9月30日］",
  [
      "JIRC インシデント情報連絡センター（以下、JIRC）は、2026年7月1日から9月30日までの3カ月間に受け付けたインシデント報告と、その対応状況を取りまとめました。",
      "## I. 概況",
      "本四半期にJIRCが受け付けたインシデント報告の件数は14,382件で、前四半期から約9%増加しました。このうち、JIRCが関係する組織との調整を行ったインシデントは9,105件でした。",
      "## II. インシデントの種類別の傾向",
      "報告の内訳をみると、フィッシングサイトが全体の約62%を占め、引き続き最も多くなっています。特に、電力会社やガス会社、宅配事業者をかたるサイトが目立ちました。",
      "* フィッシングサイト: 8,917件",
      "* スキャン: 2,730件",
      "* Webサイト改ざん: 412件",
      "* ランサムウェアに関する報告: 38件",
      "* その他: 2,285件",
      "## III. 本四半期の主な事例",
      "本四半期は、インターネットに公開されたVPN機器やファイル転送製品の脆弱性を悪用した侵入の事例が複数報告されました。侵入の後にランサムウェアが実行され、業務が長期間停止した組織もありました。",
      "JIRCは、外部に公開している機器を一覧で把握すること、修正版を速やかに適用すること、そして機器の認証ログを定期的に確認することを改めて推奨します。",
  ],
  cats=["活動報告"])

# ---------------------------------------------------------------- securegate-xss

A("nimbus", "securegate-xss", "nnsa-2026-0109", "2026-11-16T01:00:00+00:00",
  "SecureGate VPN: Reflected cross-site scripting in the user login page (CVE-2026-38811)",
  [
      "## Summary",
      "A reflected cross-site scripting (XSS) vulnerability in the user login page of SecureGate VPN could allow a remote, unauthenticated attacker to run script in the browser of a user who follows a specially crafted link.",
      "## Affected products",
      ("table", [
          ["CVE", "CVSS v3.1", "Affected versions", "Fixed version"],
          ["CVE-2026-38811", "6.1 (Medium)", "SecureGate VPN 7.0 through 7.4.1", "7.4.2"],
      ]),
      "## Description",
      "The login page copied the value of the redirect parameter into the page without sufficient encoding. An attacker who persuades a user to open a malicious link could show a fake sign-in prompt or send the user's session data to a server under the attacker's control. Exploitation requires user interaction.",
      "## Remediation",
      "Nimbus Networks fixed this vulnerability in SecureGate VPN 7.4.2, released on November 12, 2026. Customers should upgrade through the management console or download the release from the support portal.",
      "Nimbus Networks is not aware of any malicious use of this vulnerability.",
      "## Acknowledgements",
      "Nimbus Networks thanks Keiko Arai of Kurogane Security for reporting this issue.",
  ],
  cats=["SecureGate VPN", "Medium"])

# --------------------------------------------------------------- lumina-takeover

A("secwatch", "lumina-takeover", "lumina-quest-unauthorized-login", "2026-11-16T16:50:00+09:00",
  "「ルミナクエスト」で約1万4,000アカウントに不正ログイン　パスワードリスト攻撃か",
  [
      "オンラインゲーム「ルミナクエスト」を運営する株式会社ルミナゲームス（東京都渋谷区）は11月16日、第三者による不正ログインが約1万4,000アカウントで確認されたと発表した。他のサービスから流出したIDとパスワードの組み合わせを使う「パスワードリスト攻撃」とみられる。",
      "同社によると、11月13日夜から14日朝にかけて、特定の海外IPアドレス群から短時間に大量のログインの試行があった。このうち約1万4,000件でログインが成功し、一部のアカウントではゲーム内のアイテムや通貨が別のアカウントに移されていた。",
      "ゲームのサーバーから会員情報が流出した形跡はないという。同社は不正ログインのあったアカウントのパスワードを初期化し、対象のユーザーにメールで再設定を求めている。移されたアイテムについては、確認が取れたものから元に戻す。",
      "同社は再発防止策として、ログイン時の二段階認証を12月中に全ユーザーへ広げる方針を示した。ユーザーに対しては、他のサービスと同じパスワードを使わないよう呼び掛けている。",
  ],
  author="佐伯 真奈美", cats=["インシデント", "不正ログイン"])

# --------------------------------------------------------------- inkstealer-mail

A("amatsu", "inkstealer-mail", "inkstealer-invoice-campaign", "2026-11-16T10:00:00+09:00",
  "請求書を装うばらまき型メールで拡散する情報窃取型マルウェア「InkStealer」の新亜種",
  [
      "アマツシールド脅威リサーチチームは、2026年11月10日ごろから、国内の企業を狙って請求書や支払通知を装ったメールが大量に送られていることを確認しました。添付ファイルを開くと、情報窃取型マルウェア「InkStealer」の新しい亜種に感染します。本記事では、攻撃の流れと検知のポイントを紹介します。",
      "## 攻撃の流れ",
      "メールの件名は「【請求書送付】11月分ご請求の件」や「お支払い金額のご確認」などで、本文は自然な日本語で書かれています。添付されたZIPファイルの中にはPDFのアイコンを持つショートカット（LNK）ファイルが入っており、開くとPowerShellが起動して外部からInkStealerの本体をダウンロードします。",
      "新しい亜種は、ブラウザーに保存された認証情報やCookie、暗号資産ウォレットの情報を盗み、攻撃者のサーバーへ送信します。従来の亜種と比べて解析を妨げる難読化が強化されており、仮想環境では動作を停止する仕組みも加わっていました。",
      "## 被害の状況",
      "当社の監視サービスでは、11月10日から15日までに、製造業、建設業、商社など28組織でこのメールの受信を確認しました。そのうち3組織では、添付ファイルが実際に開かれていました。盗まれた認証情報は、クラウドサービスへの不正ログインや、その後のランサムウェア攻撃の足がかりに使われるおそれがあります。",
      "## 対策",
      "* ZIPファイルに含まれるショートカット（LNK）ファイルをメールゲートウェイで遮断する",
      "* PowerShellの実行ログを取得し、不審な外部通信を監視する",
      "* ブラウザーへのパスワード保存を避け、パスワード管理ツールと多要素認証を使う",
      "* 感染が疑われる端末で使われた認証情報をすべて変更する",
  ],
  cats=["マルウェア", "ばらまき型メール"])
