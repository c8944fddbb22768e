"""Hand-written demo text for the Elmshire Digital Inclusion Charter and its six principles.

Everything here is fictional. Rich-text fields are HTML strings; ``metrics`` are plain
strings; ``actions`` are ``(level, text)`` pairs, the level being the maturity level (1-4)
the action helps a signatory reach. Principle 3 is written out from the "work as one team"
background seed, adapted from one council to a partnership of organisations.
"""

CHARTER = {
    "title": "The Elmshire Digital Inclusion Charter",
    "slug": "charter",
    "search_description": (
        "The charter that Elmshire's councils, health services, libraries, housing providers, "
        "colleges, charities and businesses sign so that nobody is left behind online."
    ),
    "intro": (
        "Our shared promise that nobody in Elmshire is left behind as more of everyday life "
        "moves online. Organisations sign it, agree to its six principles and make pledges "
        "that anyone can follow."
    ),
    "body": [
        ("heading", "Why Elmshire has a charter"),
        (
            "paragraph",
            "<p>Before the charter, there was already plenty of help for people who find the "
            "internet hard to use: library computers, device loans, classes, volunteers. But it "
            "was scattered. Organisations were saying similar things and making similar offers "
            "without knowing about each other, and residents had to be lucky to find the right "
            "help.</p>"
            "<p>In the autumn of 2024 Elmshire County Council invited around 35 organisations "
            "from health, education, housing, the voluntary sector and local business to a "
            "round table. Together they agreed what digital inclusion means for Elmshire and "
            "what gets in the way: cost, patchy broadband in rural villages, fear of scams, the "
            "cost of living and a landscape so fragmented that effort was duplicated.</p>"
            "<p>Workshops followed, and interviews with residents who have lived experience of "
            "being shut out of online services. Their views shaped every principle. A "
            "partnership summit then agreed to write one charter that every organisation could "
            "sign.</p>",
        ),
        ("heading", "What we mean by digital inclusion"),
        (
            "paragraph",
            "<p>Digital inclusion means everyone has what they need to use the internet safely "
            "and in ways that matter to them:</p>"
            "<ul><li>a connection and a device they can afford</li>"
            "<li>the skills and the confidence to use them</li>"
            "<li>someone to ask when they get stuck</li>"
            "<li>services that are designed with them in mind, and another way in when online "
            "is not right for them</li></ul>",
        ),
        ("heading", "How the charter works"),
        (
            "paragraph",
            "<p>Each organisation that signs agrees to the six principles below. It assesses "
            "itself against the four maturity levels of each principle, from 1 (Initial) to 4 "
            "(Leading), and makes at least one pledge with a measurable target and a date.</p>"
            "<p>Signatories report progress on their pledges at least every six months. "
            "Everything they report is public on this website, so residents and partners can "
            "see what has been promised and what has been done.</p>",
        ),
    ],
    "how_to_sign": (
        "<p>Any organisation that works with people in Elmshire can sign: councils and other "
        "public bodies, health services, housing providers, schools and colleges, voluntary "
        "and community groups, and businesses of any size. Signing is free.</p>"
        "<ol><li>Read the principles and talk with colleagues about where your organisation "
        "is now.</li>"
        "<li>Fill in the short application form: your organisation's details, the principles "
        "you will pledge to and your first pledge.</li>"
        "<li>The partnership's communications team will reply within 10 working days. Once "
        "your application is approved, your organisation appears in the partner directory and "
        "you get a login to keep your pledges up to date.</li></ol>"
    ),
}

PRINCIPLES = [
    {
        "number": 1,
        "title": "Signpost people to support",
        "slug": "signpost-people-to-support",
        "summary": (
            "Everyone who works with the public knows where free digital help is and can point "
            "any resident to the right support, first time."
        ),
        "description": (
            "<p>Staff and volunteers in every signatory organisation can tell when someone is "
            "struggling to get online, and know where to send them: a drop-in, a device loan, "
            "free mobile data, a class, or someone who will sit beside them while they fill in "
            "a form.</p>"
            "<p>Signposting is warm. Rather than a leaflet or a web address, the resident leaves "
            "with a name, a place and a time, and where possible someone checks that they got "
            "there.</p>"
        ),
        "rationale": (
            "<p>Residents told us they had been passed from one place to another, or simply told "
            "to \u201cgo online\u201d for help with getting online. Help exists all over the "
            "county, but finding it depended on luck, and one wrong turn is often enough for "
            "someone to give up.</p>"
            "<p>When every partner uses the same directory and the same referral routes, it "
            "does not matter which door a resident walks through: the answer is the same, and "
            "it is right.</p>"
        ),
        "commitments": (
            "<ul><li>Keep the digital support you offer listed and up to date in the hub's "
            "directory.</li>"
            "<li>Brief front-line staff and volunteers on the help available and how to refer "
            "people to it.</li>"
            "<li>Ask about digital needs at the moments people are most likely to be shut out, "
            "such as when a service moves online.</li>"
            "<li>Record referrals, so the partnership can see where help is missing.</li></ul>"
        ),
        "levels": [
            "<p>Signposting depends on individual members of staff happening to know someone. "
            "There is no shared list, and residents are often told to look online for help.</p>",
            "<p>Some front-line teams use the hub's directory and know the Digital Help Line. A "
            "few referral routes are agreed with neighbouring partners, but use is patchy and "
            "referrals are not recorded.</p>",
            "<p>All public-facing staff have been briefed, with a refresher every year. Services "
            "are listed and checked at least every six months. Referrals are recorded and "
            "reviewed, and warm handovers are routine for people who need them.</p>",
            "<p>Signposting is built into every service that moves online. Partners share "
            "referral data to find gaps and fill them together, residents say they got the right "
            "help first time, and the organisation helps others improve how they refer.</p>",
        ],
        "metrics": [
            "Share of public-facing staff briefed on local digital support in the last 12 months",
            "Referrals made to digital support each quarter, and how many people took up the help",
            "Share of your support services in the directory that were checked in the last six "
            "months",
            "Residents who say they found the help they needed first time (short follow-up survey)",
        ],
        "actions": [
            (
                2,
                "List every digital support service you run in the hub's directory, with "
                "opening times and what to bring.",
            ),
            (
                2,
                "Print the Digital Help Line number on letters, forms and web pages for services "
                "that are moving online.",
            ),
            (
                3,
                "Run a 30-minute briefing for front-line teams on spotting digital exclusion and "
                "making a warm referral.",
            ),
            (
                3,
                "Agree a referral route with at least two other partners, and record every "
                "referral made through it.",
            ),
            (
                4,
                "Review referral records with partners every quarter to find the places and "
                "groups the help is not reaching.",
            ),
        ],
    },
    {
        "number": 2,
        "title": "Share best practice and resources",
        "slug": "share-best-practice-and-resources",
        "summary": (
            "Partners share what works, from guides and training to equipment and lessons "
            "learned, so nobody has to start from scratch."
        ),
        "description": (
            "<p>Signatories publish the guides, training materials, templates and evaluations "
            "they make in the hub's resource library, with an open licence where they can. "
            "Before making something new, they look at what others have already made.</p>"
            "<p>They also share what did not work, because a pilot that failed has as much to "
            "teach as one that succeeded.</p>"
        ),
        "rationale": (
            "<p>Before the charter, three organisations in the same town could each be writing "
            "their own beginner's guide to email, while a small charity with no design budget "
            "went without. When a project ended, what it had learned often left with the people "
            "who ran it.</p>"
            "<p>Sharing saves money and time, raises the quality of everyone's materials and "
            "lets the smallest partners benefit from the work of the largest.</p>"
        ),
        "commitments": (
            "<ul><li>Publish useful materials in the hub's resource library, openly licensed "
            "where you can.</li>"
            "<li>Check the library before creating something new.</li>"
            "<li>Share the results of pilots and projects, including what went wrong.</li>"
            "<li>Take part in at least one partnership learning session each year.</li></ul>"
        ),
        "levels": [
            "<p>Materials are made and kept inside each organisation, and others do not know "
            "they exist. Lessons from projects are not written down.</p>",
            "<p>Some materials are shared on request or through informal networks, and the "
            "organisation sometimes uses other partners' resources. Sharing depends on a few "
            "enthusiastic people.</p>",
            "<p>Materials are routinely published in the resource library with review dates. The "
            "organisation checks for existing resources before making new ones, and writes up "
            "and shares what each project has learned.</p>",
            "<p>The organisation makes openly licensed resources together with other partners "
            "and with residents, leads learning sessions, and keeps everything it publishes up "
            "to date through named owners. Its evaluations shape what the partnership does "
            "next.</p>",
        ],
        "metrics": [
            "Resources you have published in the library, and how many are within their review "
            "date",
            "Times your resources were downloaded or reused by other partners",
            "Partnership learning sessions attended or led each year",
            "Projects whose lessons were written up and shared within three months of ending",
        ],
        "actions": [
            (
                2,
                "Name one person who looks after what your organisation shares with the "
                "partnership.",
            ),
            (2, "Publish a guide or template you already use in the resource library."),
            (
                3,
                "Give everything you publish a review date and an owner, and check it when the "
                "date comes.",
            ),
            (
                3,
                "Write a one-page \u201cwhat we learned\u201d note at the end of every digital "
                "inclusion project and share it.",
            ),
            (
                4,
                "Make a resource together with another partner and the residents who will use "
                "it, and release it under an open licence.",
            ),
        ],
    },
    {
        "number": 3,
        "title": "Work as one team",
        "slug": "work-as-one-team",
        "summary": (
            "Digital inclusion is everyone's job: within each organisation a named lead joins up "
            "every service, and across Elmshire partners plan, bid and speak as one."
        ),
        "description": (
            "<p>Each signatory names a digital inclusion lead who coordinates the work across "
            "its own services and represents it in the partnership's working group. Every "
            "service area, from adult social care, children's services and housing to "
            "libraries, customer services, IT and communications, takes ownership of digital "
            "inclusion within its own remit, supported by the lead and working to a shared "
            "plan.</p>"
            "<p>Across the partnership the same idea applies at a larger scale. Partners tell "
            "each other what they are planning, bid for funding together, and present residents "
            "and funders with one joined-up offer rather than many separate ones.</p>"
        ),
        "rationale": (
            "<p>Plenty of digital inclusion work was already going on, but much of it ran in "
            "isolation. A social care team might apply for a digital skills grant without "
            "knowing that the library service was working towards the same goal, and a joint, "
            "stronger bid, and the chance to learn from each other, were lost. Several teams "
            "would approach the same community group separately, while some needs fell between "
            "two services' remits and were missed altogether.</p>"
            "<p>Working as one team pools expertise, avoids duplication, keeps what we say to "
            "residents consistent and gives partners and funders one voice to deal with. It also "
            "makes roles clear: the lead's job is to coordinate, and every service knows that "
            "digital inclusion is part of its everyday business, not something that sits with "
            "somebody else. The whole becomes greater than the sum of its parts, and a shared "
            "plan can tackle problems that no single team could.</p>"
        ),
        "commitments": (
            "<ul><li>Name a digital inclusion lead and give them the time and authority to "
            "coordinate across your organisation.</li>"
            "<li>Make sure every service area that deals with the public takes part in "
            "planning digital inclusion work.</li>"
            "<li>Take part in the partnership's working group and contribute to one shared "
            "action plan.</li>"
            "<li>Tell the partnership about funding bids and new partnerships for digital "
            "inclusion before you pursue them, so that they can be joined up.</li>"
            "<li>Share credit for what is achieved together.</li></ul>"
        ),
        "levels": [
            "<p>Efforts are highly siloed. Any team doing digital inclusion work does so on its "
            "own, with little awareness of others. Nobody has an overview and information is not "
            "shared. Some teams do nothing, assuming it is someone else's job. The result is "
            "duplication, such as several teams approaching the same partner separately, and "
            "gaps where needs fall between remits.</p>",
            "<p>Some coordination is emerging. A lead is in post and a working group exists, but "
            "not every service takes part and the lead is consulted on some projects but not "
            "others. There have been a few joint initiatives, such as a library and a social "
            "care team running a pilot together, but they are informal or one-off. Meetings are "
            "making people more aware of each other's work, though silos remain.</p>",
            "<p>A formal structure is in place. The lead coordinates a working group that meets "
            "regularly with every key service represented. All major projects go through it: no "
            "one applies for outside funding or launches a big initiative without checking in. "
            "There is one shared action plan that everybody contributes to, joint work with "
            "pooled budgets or staff is common, and a new challenge quickly gets a response "
            "from several teams together.</p>",
            "<p>The organisation works as a fully integrated team and collaboration is second "
            "nature. New digital services involve accessibility specialists and community "
            "outreach staff from the start. The lead is part of strategy discussions everywhere "
            "and the group has become a board that decides where resources go. Partners see one "
            "coordinated organisation whose bids draw on everyone's strengths, success in one "
            "area is quickly repeated in others, and the way of working carries on when "
            "individuals move on.</p>",
        ],
        "metrics": [
            "Share of key service areas taking an active part in the working group (aim: all of "
            "them), from attendance and contributions",
            "Number of joint projects or funding bids involving two or more services or partners "
            "(aim: joint by default for major work)",
            "Staff in the working group who say they feel informed about other teams' digital "
            "inclusion work (short survey)",
            "External funding and partnerships won through coordinated bids each year",
            "Cases where one shared approach replaced several separate ones, such as a single "
            "training course used by many teams",
        ],
        "actions": [
            (
                2,
                "Name a digital inclusion lead and set up a working group with a representative "
                "from every public-facing service.",
            ),
            (
                2,
                "Open one shared channel where teams post their digital inclusion projects, "
                "meeting notes and results.",
            ),
            (
                3,
                "Agree that every digital inclusion funding bid or new partnership is raised "
                "with the lead first, so it can be joined up.",
            ),
            (
                3,
                "Write one action plan that every service contributes to and signs up to, and "
                "update it every year.",
            ),
            (
                3,
                "Hold a learning session each quarter where staff from different services, and "
                "from other partners, tackle one shared problem together.",
            ),
            (
                4,
                "Turn the working group into a board with senior members from every area and "
                "the authority to decide where resources for digital inclusion go.",
            ),
        ],
    },
    {
        "number": 4,
        "title": "Embed equality, diversity and inclusion",
        "slug": "embed-equality-diversity-and-inclusion",
        "summary": (
            "Services and support are designed with the people most likely to be left out, and "
            "nobody is disadvantaged because they are not online."
        ),
        "description": (
            "<p>Whenever they design or change a service, signatories ask who might be shut "
            "out: older people, disabled people, people on low incomes, people whose first "
            "language is not English, people in villages with poor connections, and people "
            "without a settled home. They involve those residents in the design, keep another "
            "way in for those who need it, and make their websites and online forms "
            "accessible.</p>"
        ),
        "rationale": (
            "<p>Digital exclusion follows the lines of existing inequality. The people least "
            "likely to be online are often the people who most need public services, so moving "
            "a service online without thinking can widen the gaps it was meant to close.</p>"
            "<p>Public bodies already have a duty to consider equality when they make changes. "
            "This principle asks every partner, public or not, to treat digital exclusion as "
            "part of that thinking.</p>"
        ),
        "commitments": (
            "<ul><li>Consider digital exclusion in equality impact assessments whenever a "
            "service changes.</li>"
            "<li>Keep a way to use essential services that does not depend on being "
            "online.</li>"
            "<li>Make websites and online forms meet WCAG 2.2 AA, and publish an accessibility "
            "statement.</li>"
            "<li>Involve people with lived experience of digital exclusion in designing and "
            "testing services.</li>"
            "<li>Offer help in community languages and accessible formats.</li></ul>"
        ),
        "levels": [
            "<p>Digital exclusion is not considered when services change. Offline routes are "
            "withdrawn without checking who relies on them, and nobody knows how accessible the "
            "website is.</p>",
            "<p>Some impact assessments mention digital exclusion. An accessibility statement "
            "is published but known problems remain, and interpreters or other formats are "
            "available if people ask.</p>",
            "<p>Every service change is assessed for digital exclusion, with actions that are "
            "followed up. Offline routes to essential services are protected, the main website "
            "meets WCAG 2.2 AA, and residents with lived experience test new services before "
            "they launch.</p>",
            "<p>Inclusion is part of design from the start: people most at risk of exclusion "
            "help shape services. Use of each channel is analysed by age, disability, language "
            "and area, and the gaps are acted on. The organisation leads the partnership's work "
            "on accessibility.</p>",
        ],
        "metrics": [
            "Share of service changes whose equality impact assessment considered digital "
            "exclusion",
            "Accessibility problems open on your main website and forms, and how long they have "
            "been open",
            "Residents with lived experience of exclusion involved in designing or testing "
            "services each year",
            "Share of essential services that can still be used without going online",
        ],
        "actions": [
            (
                2,
                "Add a question about digital exclusion to your equality impact assessment "
                "template.",
            ),
            (
                2,
                "Publish or update the accessibility statement for your website and fix the "
                "most serious problems first.",
            ),
            (
                3,
                "Pay residents with lived experience of digital exclusion to test new online "
                "services before they launch.",
            ),
            (
                3,
                "Translate your key \u201chow to get help\u201d information into the community "
                "languages most spoken in Elmshire.",
            ),
            (
                4,
                "Each year, break down the use of your services by channel, age, disability, "
                "language and area, and act on what you find.",
            ),
        ],
    },
    {
        "number": 5,
        "title": "People, not just technology",
        "slug": "people-not-just-technology",
        "summary": (
            "Getting online is about confidence, motivation and trust as much as devices and "
            "data, so support is patient, human and face to face where people need it."
        ),
        "description": (
            "<p>Handing someone a tablet rarely solves the problem on its own. Signatories "
            "start from what matters to each person, whether that is a video call with "
            "grandchildren, ordering a repeat prescription or applying for a job, and offer "
            "patient help at the person's own pace from people they trust: digital champions, "
            "library staff, volunteers and support workers.</p>"
            "<p>Devices, data and connections always come with help to use them.</p>"
        ),
        "rationale": (
            "<p>Residents told the partnership that cost is only part of the story. Fear of "
            "scams, a lack of confidence and a feeling that the internet is \u201cnot for people "
            "like me\u201d hold many people back. Devices given out without support too often "
            "end up in a drawer.</p>"
            "<p>What works is a trusted person, time, and a reason that matters to the person "
            "being helped.</p>"
        ),
        "commitments": (
            "<ul><li>Pair any device or data you give out with support to use it.</li>"
            "<li>Train staff and volunteers as digital champions.</li>"
            "<li>Start from the goals of the person being helped.</li>"
            "<li>Give people time, and a face-to-face option when they need it.</li>"
            "<li>Include staying safe online and spotting scams in the help you give.</li></ul>"
        ),
        "levels": [
            "<p>The approach is led by technology. Devices or online services are offered with "
            "no support, and success is counted in equipment handed out.</p>",
            "<p>Some support is offered alongside devices and there are a few trained "
            "champions, but help is mostly available in office hours and in town centres.</p>",
            "<p>Every device scheme comes with support. A network of trained champions covers "
            "the organisation's teams, sessions run in community venues at different times of "
            "day, and people are contacted again a few weeks after they are helped.</p>",
            "<p>Support is built around people's goals and moments of change in their lives. "
            "There are champions in every front-line team and community, success is measured "
            "by confidence and outcomes, and people who were helped go on to help others.</p>",
        ],
        "metrics": [
            "Trained digital champions (staff and volunteers), and how many were active in the "
            "last quarter",
            "Share of people given a device or data who also had support to use it",
            "People who say they feel more confident online six weeks after their support",
            "Support sessions held outside office hours or outside town centres",
        ],
        "actions": [
            (
                2,
                "Call everyone who borrows a device four to six weeks later to ask how they are "
                "getting on.",
            ),
            (
                2,
                "Train five staff or volunteers as digital champions on the partnership's free "
                "course.",
            ),
            (
                3,
                "Run sessions in community venues in the evenings and at weekends, not only in "
                "office hours.",
            ),
            (3, "Include spotting scams and staying safe in every beginners' session."),
            (
                4,
                "Invite residents you have helped to become volunteer digital champions, with "
                "training and expenses paid.",
            ),
        ],
    },
    {
        "number": 6,
        "title": "Show the benefits of being online",
        "slug": "show-the-benefits-of-being-online",
        "summary": (
            "Partners help residents see what being online could do for them, in plain language "
            "and with real local examples, while respecting those who choose not to."
        ),
        "description": (
            "<p>Many people who are not online say the internet is not for them. Signatories "
            "talk about its benefits in terms that matter to each person: saving money on bills, "
            "keeping in touch with family, finding work, managing health appointments. They use "
            "plain language and real stories from Elmshire, and they are honest about the risks "
            "and how to manage them.</p>"
            "<p>Nobody is pressured. People who choose to stay offline keep another way to use "
            "services.</p>"
        ),
        "rationale": (
            "<p>Lack of motivation is one of the biggest barriers to getting online, and "
            "national campaigns rarely reach the people who most need convincing. A neighbour's "
            "story, or a word from a librarian or a housing officer they already trust, does far "
            "more.</p>"
        ),
        "commitments": (
            "<ul><li>Use plain language and real local examples when you talk about going "
            "online.</li>"
            "<li>Share residents' stories, with their consent, through the hub's news and your "
            "own channels.</li>"
            "<li>Say why it is worth it in the publicity for support sessions.</li>"
            "<li>Respect people who choose to stay offline.</li></ul>"
        ),
        "levels": [
            "<p>There are no messages about the benefits of being online, and publicity assumes "
            "people are online already.</p>",
            "<p>There are occasional campaigns, but the messages are general or national and "
            "mostly go out through online channels.</p>",
            "<p>Plain-language messages go out regularly through trusted offline channels such "
            "as libraries, GP surgeries, housing newsletters and local radio. They use real "
            "local stories and are available in community languages.</p>",
            "<p>Campaigns are designed with residents and aimed at the groups least likely to be "
            "online. Partners coordinate their timing and measure what difference the campaigns "
            "make.</p>",
        ],
        "metrics": [
            "Plain-language messages about the benefits of being online sent through offline "
            "channels each quarter",
            "Share of new learners at support sessions who heard about them through your publicity",
            "Resident stories published with consent",
            "Learners who say they now see a reason to be online (from session feedback)",
        ],
        "actions": [
            (
                2,
                "Add a short \u201cwhat could being online do for you?\u201d message to letters "
                "and newsletters that go to people's homes.",
            ),
            (2, "Ask every new learner where they heard about the session, and record it."),
            (
                3,
                "Share a local resident's story every quarter, with their consent, through the "
                "hub's news and your own channels.",
            ),
            (
                3,
                "Give GP surgeries, pharmacies and housing officers printed information about "
                "free help to hand out.",
            ),
            (
                4,
                "Plan a county-wide campaign with other partners, shaped by residents who are "
                "offline, and measure who it reaches.",
            ),
        ],
    },
]
