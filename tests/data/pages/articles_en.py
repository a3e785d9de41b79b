# English article texts for the extraction fixtures.  All organisations,
# products and people are fictional; every sentence is written for this test
# set.  Same block syntax as articles_ja.py.

EN = {}

EN["wire_breach"] = dict(
    title="Regional power utility confirms breach of customer billing portal",
    date_text="November 17, 2025 4:32 PM GMT",
    iso="2025-11-17T16:32:00Z",
    author="Daniel Reyes",
    blocks=[
        ("p", "A regional electricity supplier said on Monday that attackers had gained access to its online billing portal and may have viewed the names, addresses and payment histories of about 410,000 customers."),
        ("p", "Northvale Energy, which serves households across three states, said it detected unusual activity on the portal last Thursday and took the system offline within hours. It said there was no evidence that the intruders reached the networks that control power distribution."),
        ("p", "\"We are contacting every affected customer directly, and we are offering two years of credit monitoring at no cost,\" the company said in a statement. It declined to say how the attackers got in, citing an ongoing investigation."),
        ("p", "Utilities have become frequent targets for criminal groups in recent years, in part because billing systems hold large amounts of personal data and because outages put pressure on companies to resolve incidents quickly."),
        ("p", "The company said customers should be wary of emails or phone calls that claim to be from Northvale and ask for payment details."),
    ],
)

EN["infostealer_tech"] = dict(
    title="New infostealer spreads through fake browser update pages",
    date_text="November 16, 2025",
    iso="2025-11-16T00:00:00Z",
    author="Priya Natarajan",
    blocks=[
        ("p", "Security researchers are warning about a new information-stealing malware strain that reaches victims through compromised websites showing fake browser update prompts."),
        ("p", "According to a report published by the fictional threat intelligence firm Halcyon Labs, the campaign injects a script into legitimate but poorly maintained sites. When a visitor arrives, the script overlays the page with a convincing message claiming that the browser is out of date."),
        ("h2", "How the infection works"),
        ("p", "Clicking the update button downloads a small installer signed with a stolen code-signing certificate. The installer fetches the main payload, which the researchers have named **DuskGrab**, and schedules it to run at every logon."),
        ("p", "DuskGrab collects saved passwords, session cookies and autofill data from Chromium-based browsers and Firefox. It also searches the disk for cryptocurrency wallet files and documents with names containing words such as \"password\" or \"backup\"."),
        ("h2", "Defensive advice"),
        ("p", "Halcyon Labs recommends that administrators block script execution from user download folders and monitor for new scheduled tasks created by unsigned binaries. Browsers update themselves automatically, the researchers noted, so a web page asking users to install an update should be treated as suspicious."),
        ("p", "Site owners are urged to keep content management plugins up to date, since outdated plugins were the most common entry point for the injected script."),
    ],
)

EN["wp_blog"] = dict(
    title="Why we stopped rotating passwords every 90 days",
    date_text="Posted on November 12, 2025",
    iso="2025-11-12T00:00:00Z",
    author="Maria Lindqvist",
    blocks=[
        ("p", "For years our IT policy required every employee to change their password every 90 days. Last quarter we dropped the rule, and a few people have asked why. This post explains our reasoning."),
        ("p", "Forced rotation sounds sensible: if a password leaks, it will only be useful for a limited time. In practice, people respond to frequent changes by choosing predictable patterns. Summer2025 becomes Autumn2025, and an attacker who knows one password can guess the next."),
        ("p", "Rotation also generates a steady stream of help desk tickets from people who are locked out, which costs time and encourages writing passwords down on sticky notes."),
        ("h2", "What we do instead"),
        ("ul", [
            "Every account requires a second factor, and for administrators that factor must be a hardware key.",
            "New passwords are checked against a list of known breached passwords.",
            "We change a password immediately when there is any sign that it may have been exposed.",
        ]),
        ("p", "Since the change, lockout tickets have fallen by about two thirds and we have not seen any increase in suspicious logins. We will keep watching the numbers, but so far the trade-off looks right for us."),
    ],
)

EN["vendor_psirt"] = dict(
    title="Multiple vulnerabilities in Corvid Gateway management interface",
    date_text="Published: 2025-11-13 | Updated: 2025-11-15",
    iso="2025-11-13T17:00:00Z",
    author=None,
    blocks=[
        ("h2", "Summary"),
        ("p", "Multiple vulnerabilities in the web-based management interface of Corvid Gateway could allow an unauthenticated, remote attacker to bypass authentication or execute arbitrary commands on an affected device."),
        ("p", "Corvid Systems has released software updates that address these vulnerabilities. There are no workarounds that fully address them."),
        ("table", [["CVE ID", "Severity", "CVSS Base Score"],
                   ["CVE-2025-90415", "Critical", "9.8"],
                   ["CVE-2025-90416", "High", "7.2"]]),
        ("h2", "Affected Products"),
        ("p", "These vulnerabilities affect the following products if they are running a vulnerable release with the management interface enabled:"),
        ("ul", ["Corvid Gateway 3100 Series", "Corvid Gateway 5100 Series", "Corvid Virtual Gateway"]),
        ("h2", "Details"),
        ("p", "CVE-2025-90415 is caused by improper validation of session tokens. An attacker could exploit it by sending a crafted request to the login endpoint and gain administrative access."),
        ("p", "CVE-2025-90416 is caused by insufficient sanitization of input to a diagnostic command. An authenticated attacker could inject operating system commands that run with root privileges."),
        ("h2", "Fixed Releases"),
        ("table", [["Release", "First Fixed Release"],
                   ["4.2", "4.2.9"],
                   ["4.3", "4.3.3"],
                   ["5.0", "Not affected"]]),
    ],
)

EN["cisa_like"] = dict(
    title="Threat actors exploit unpatched file transfer servers",
    date_text="Release Date: November 14, 2025",
    iso="2025-11-14T00:00:00Z",
    author=None,
    blocks=[
        ("h2", "Summary"),
        ("p", "The fictional National Cyber Coordination Office is aware of active exploitation of a vulnerability in the Lodestar managed file transfer server. Threat actors are using the flaw to upload web shells and steal stored files."),
        ("p", "Organizations running Lodestar should apply the vendor update immediately and review their servers for signs of compromise."),
        ("h2", "Technical Details"),
        ("p", "The vulnerability, tracked as CVE-2025-90877, allows an unauthenticated attacker to write files to arbitrary locations on the server through a path traversal in the upload handler."),
        ("p", "Observed activity includes the creation of files with a .jsp extension in the web root, followed by outbound connections to hosting providers not previously seen in the victim's traffic."),
        ("h2", "Indicators of Compromise"),
        ("table", [["Type", "Value"],
                   ["File name", "lsupdate.jsp"],
                   ["SHA-256", "4f1c8e2a9b7d3f60c5a1e8d2b9f4c7a3e6d1b8c5f2a9e7d4c1b6a3f8e5d2c9b0"],
                   ["IP address", "203.0.113.45"]]),
        ("h2", "Mitigations"),
        ("ul", [
            "Upgrade Lodestar to version 11.4.2 or later.",
            "Search web directories for recently created script files.",
            "Rotate credentials for any accounts configured on the server.",
        ]),
    ],
)

EN["medium_like"] = dict(
    title="What a tabletop exercise taught our startup about incident response",
    date_text="Nov 10, 2025",
    iso="2025-11-10T00:00:00Z",
    author="Sam Okafor",
    blocks=[
        ("p", "We are a team of twenty-two people, and until last month our incident response plan was a two-page document that nobody had read since it was written. So we booked an afternoon and ran a tabletop exercise."),
        ("p", "The scenario was simple: a customer emails us a screenshot of their data appearing on a leak site. What do we do in the first hour?"),
        ("p", "Within ten minutes we discovered that nobody knew who had the authority to take the production database offline. Three people thought it was someone else, and the one person who actually could do it was on a plane in the scenario."),
        ("p", "We also found that our contact list for the cloud provider's support team pointed to an account owned by a former employee."),
        ("h2", "What we changed"),
        ("p", "We now have a named incident lead and a deputy for every week, written into the on-call rota. The contact list lives in a shared vault with an owner who reviews it each quarter."),
        ("p", "None of this was expensive. The exercise cost us four hours, and it found problems that would have cost us days in a real incident."),
    ],
)

EN["paged_guide"] = dict(
    title="A practical guide to hardening SSH servers, part 1",
    date_text="November 9, 2025",
    iso="2025-11-09T00:00:00Z",
    author="Lena Hoffmann",
    blocks=[
        ("p", "SSH is one of the most exposed services on the internet, and also one of the easiest to harden. This guide walks through the settings that matter most, starting with authentication."),
        ("h2", "Disable password authentication"),
        ("p", "Automated scanners try common passwords against every SSH server they find. If your server only accepts public keys, those attempts cannot succeed no matter how many are made."),
        ("pre", "PasswordAuthentication no\nKbdInteractiveAuthentication no\nPubkeyAuthentication yes"),
        ("p", "Before you restart the service, make sure your own key works from a second session, so that you do not lock yourself out."),
        ("h2", "Restrict who can log in"),
        ("p", "The AllowUsers and AllowGroups directives limit logins to named accounts. Combined with disabling direct root login, they shrink the set of accounts an attacker could target."),
    ],
)

EN["paywall_jsonld"] = dict(
    title="Insurers tighten cyber policy terms after a year of record claims",
    date_text="Nov. 15, 2025",
    iso="2025-11-15T13:00:00Z",
    author="Grace Whitfield",
    blocks=[
        ("p", "Cyber insurers are raising premiums and narrowing coverage as claims from ransomware and business email compromise reach record levels, according to brokers and underwriters."),
        ("p", "Several large carriers now require applicants to show that multi-factor authentication is enforced for remote access and email before they will quote a policy. Some have added exclusions for losses caused by vulnerabilities that were publicly known for more than forty-five days without being patched."),
        ("p", "Brokers say the changes are hardest on small and midsize companies, which often lack the staff to document their controls in the detail that insurers now ask for."),
        ("p", "Underwriters counter that the requirements reflect what actually reduces losses. Companies that can show good backups and tested recovery plans, they say, are still finding coverage at reasonable prices."),
    ],
)

EN["archive_pre"] = dict(
    title="[advisory] Path traversal in Quillnote document server",
    date_text="Wed, 05 Nov 2025 14:22:10 +0100",
    iso="2025-11-05T13:22:10Z",
    author="Tomasz Wierzbicki",
    blocks=[
        ("pre", "Product:  Quillnote document server\nVersions: 2.0.0 through 2.3.4\nFixed in: 2.3.5\nCVE:      CVE-2025-90233\n\nDescription\n-----------\nThe attachment download handler joins a user supplied file name to\nthe storage directory without normalising it. A request containing\n../ sequences can read any file the server process can access,\nincluding its configuration file with database credentials.\n\nTimeline\n--------\n2025-09-30  Reported to vendor\n2025-10-02  Vendor confirmed the issue\n2025-11-04  Fixed release published"),
    ],
)

EN["liveblog_quotes"] = dict(
    title="Hospital network recovers after week-long outage, officials say",
    date_text="Updated November 8, 2025 at 6:15 p.m. EST",
    iso="2025-11-08T23:15:00Z",
    author="Hannah Cole",
    blocks=[
        ("p", "A network of four community hospitals said Saturday that its electronic health record system was back online, a week after a cyberattack forced staff to switch to paper charts and divert some ambulances."),
        ("p", "Officials at Brightwater Health said emergency departments had resumed normal operations, though some scheduled procedures would take several more days to reschedule."),
        ("quote", "Our nurses and doctors kept caring for patients under very difficult conditions, and we are grateful for their patience and skill."),
        ("p", "The organization has not said whether it paid a ransom. It said an investigation with outside experts was continuing and that it would notify patients if their information was found to have been taken."),
        ("p", "Hospitals across the country have faced a wave of similar attacks. Security researchers say health care providers are attractive targets because any disruption to patient care creates intense pressure to restore systems quickly."),
    ],
)

EN["press_release_en"] = dict(
    title="Ferrowind Security Launches Managed Detection Service for Manufacturers",
    date_text="November 6, 2025 09:00 AM Eastern Standard Time",
    iso="2025-11-06T14:00:00Z",
    author=None,
    blocks=[
        ("p", "DETROIT--Ferrowind Security, a provider of industrial cybersecurity services, today announced a managed detection and response service designed for small and midsize manufacturers that operate connected production equipment."),
        ("p", "The service combines monitoring of office networks with passive monitoring of factory networks, allowing analysts to spot attacks that move from business systems into production environments. Ferrowind analysts review alerts around the clock and work with customer staff to contain incidents."),
        ("p", "\"Manufacturers have told us they cannot hire a security team for every plant,\" said Ellen Marsh, chief executive of Ferrowind Security. \"This service gives them the same visibility that larger companies build in-house.\""),
        ("p", "The service is available immediately in the United States and Canada."),
        ("h2", "About Ferrowind Security"),
        ("p", "Ferrowind Security helps industrial companies protect the systems that keep their plants running. The company is headquartered in Detroit and serves customers in automotive, food processing and chemicals."),
    ],
)

EN["ghsa_like"] = dict(
    title="Prototype pollution in deepmerge-lite allows property injection",
    date_text="Published Nov 4, 2025",
    iso="2025-11-04T00:00:00Z",
    author=None,
    blocks=[
        ("h3", "Impact"),
        ("p", "Versions of deepmerge-lite before 1.8.2 do not block the special __proto__ key when merging objects. An application that merges user-controlled JSON into a configuration object can have properties injected into Object.prototype, which may lead to denial of service or, in some applications, to privilege escalation."),
        ("h3", "Patches"),
        ("p", "The problem is fixed in version 1.8.2. Users should upgrade."),
        ("h3", "Workarounds"),
        ("p", "Validate input before merging and reject objects that contain the keys __proto__, constructor or prototype."),
        ("h3", "References"),
        ("ul", ["Fix commit in the deepmerge-lite repository", "Release notes for version 1.8.2"]),
    ],
)

EN["substack_like"] = dict(
    title="The quiet return of USB-borne malware",
    date_text="Nov 3, 2025",
    iso="2025-11-03T12:00:00Z",
    author="Oren Katz",
    blocks=[
        ("p", "For a while it seemed that malware spread by USB drives had become a relic. Autorun was disabled by default years ago, and most people move files through cloud storage now. Yet incident responders I spoke to this month say they are seeing it again."),
        ("p", "The new wave does not rely on autorun. Instead, the drive holds a shortcut that looks like a folder. When a curious user double-clicks it, the shortcut launches a hidden script and then opens the real folder, so nothing seems amiss."),
        ("p", "The targets are often places where cloud storage is restricted: factories, print shops, and offices in regions with poor connectivity. Files still travel on physical drives there, and each infected machine writes the malware to every new drive plugged into it."),
        ("p", "The defenses are old ones. Block execution of shortcut files from removable media, show file extensions, and scan drives before opening them. They work as well now as they did fifteen years ago."),
    ],
)

EN["amp_article"] = dict(
    title="Police dismantle phishing-as-a-service platform used by thousands",
    date_text="November 2, 2025",
    iso="2025-11-02T10:00:00Z",
    author="Marco Bellini",
    blocks=[
        ("p", "Law enforcement agencies in six countries have taken down a phishing-as-a-service platform that sold ready-made fake login pages to criminals, investigators announced on Sunday."),
        ("p", "The platform, which investigators called LureKit, offered templates imitating more than two hundred banks, delivery companies and email providers. Subscribers paid a monthly fee and received a dashboard showing the credentials their victims entered."),
        ("p", "Police said they had identified more than four thousand paying users. Servers hosting the service were seized, and two suspected administrators were arrested."),
        ("p", "Investigators said the data recovered from the servers would be used to notify victims whose credentials were captured."),
    ],
)

EN["cookie_wall"] = dict(
    title="Browser makers agree on a new standard for passkey syncing",
    date_text="November 1, 2025",
    iso="2025-11-01T00:00:00Z",
    author="Ines Duarte",
    blocks=[
        ("p", "Several browser and operating system vendors have agreed on a common format for moving passkeys between password managers, a step that addresses one of the most frequent complaints about the technology."),
        ("p", "Passkeys replace passwords with cryptographic key pairs stored on a user's devices. Until now, a passkey created in one vendor's ecosystem could not easily be moved to another, which made some users reluctant to adopt them."),
        ("p", "The new format describes how passkeys and related metadata are exported in encrypted form and imported on the other side. Vendors said they expect to ship support over the next year."),
        ("p", "Security experts welcomed the move but cautioned that the export feature itself must be well protected, since an exported file would be a valuable target."),
    ],
)

EN["short_brief_en"] = dict(
    title="City council approves funding for municipal security operations center",
    date_text="Oct 31, 2025",
    iso="2025-10-31T00:00:00Z",
    author=None,
    blocks=[
        ("p", "The Harbor City council on Thursday approved $2.4 million to build a security operations center that will monitor the networks of city departments, the public library and the water utility. Officials said the center should begin operating next summer and will employ eight analysts."),
    ],
)

EN["latin1_legacy"] = dict(
    title="Notes on the café Wi-Fi captive portal vulnerability",
    date_text="29 October 2025",
    iso="2025-10-29T00:00:00Z",
    author="René Fournier",
    blocks=[
        ("p", "While waiting for a coffee at a small café last week, I noticed that the captive portal of its Wi-Fi network accepted the voucher code in the URL. A quick look showed that the portal never checked whether a code had already been used."),
        ("p", "Anyone who saw a valid URL \u2014 on a shared screen, in a photo, or in a browser history \u2014 could reuse it indefinitely. That is a minor problem for a café, but the same portal software is sold to hotels and conference centres."),
        ("p", "I reported the issue to the vendor, who fixed it within two weeks and thanked me politely. The fix marks each voucher as consumed at first use and limits how many devices may share it."),
    ],
)

EN["forum_comments"] = dict(
    title="Ask the expert: is it safe to reuse an old router as an access point?",
    date_text="October 27, 2025",
    iso="2025-10-27T00:00:00Z",
    author="Security Desk",
    blocks=[
        ("p", "Reader question: I replaced my router, and I would like to use the old one as a second access point upstairs. It no longer gets firmware updates. Is that a problem?"),
        ("p", "It can be. A router used only as an access point exposes less than one acting as your gateway, because it is not directly reachable from the internet. But it still runs the same old software, and anyone on your network, including a compromised smart device, could attack its known flaws."),
        ("p", "If you do reuse it, disable every feature you do not need, especially remote management and UPnP, set a strong admin password, and place it on a separate network segment if your main router supports that. Better still, consider an inexpensive access point that still receives updates."),
    ],
)
