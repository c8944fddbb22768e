"""Hand-written demo content: the areas of Elmshire and twenty invented partners with pledges.

Every organisation, web address and phone number is invented (``.example`` domains and
Ofcom's drama numbers 01632 960 xxx). A pledge's ``principles`` are (principle number,
maturity now, maturity aimed for); its ``updates`` are (months before the demo is loaded,
what happened, evidence link or ""), so some pledges are always overdue for an update.
"""

AREAS = [
    "Elmbridge",
    "Fernley",
    "Hollowmere",
    "Kingsford",
    "Marlow Vale",
    "Ashcombe",
    "Brindle Heath",
    "Stowmere",
]
ALL = AREAS

DIRECTORY = {
    "title": "Our partners",
    "slug": "partners",
    "intro": (
        "Every organisation here has signed the Elmshire Digital Inclusion Charter and made "
        "public pledges. Filter the list to find partners in your area or working on a "
        "principle you care about."
    ),
    "search_description": "The organisations that have signed the Elmshire Digital Inclusion "
    "Charter, with their pledges and progress.",
}

DASHBOARD = {
    "title": "Progress dashboard",
    "slug": "progress",
    "intro": (
        "How the partnership is doing against the charter: who has signed, what they have "
        "pledged, how far they have come, and which pledges need an update."
    ),
    "search_description": "Figures on charter signatories, pledges and progress across Elmshire.",
}

PARTNERS = [
    {
        "title": "Elmshire County Council",
        "slug": "elmshire-county-council",
        "sector": "council",
        "areas": ALL,
        "signed": "2024-02-14",
        "logo": ("ECC", "#0b5f63"),
        "summary": "Runs adult social care, libraries and the county's customer services.",
        "description": (
            "<p>The county council was one of the founding signatories. Its customer services "
            "team handles over 40,000 calls a year, many from people who cannot use the "
            "council's online forms.</p><p>The council funds the partnership's coordinator "
            "and hosts the digital help line.</p>"
        ),
        "website": "https://www.elmshire-county.example/",
        "email": "digital.inclusion@elmshire-county.example",
        "phone": "01632 960 101",
        "address": "County Hall\nCastle Street\nElmbridge\nEL1 1AA",
        "pledges": [
            {
                "title": "Assisted digital support at every customer service point",
                "commitment": (
                    "Staff at our five customer service points will help residents complete "
                    "council forms online with them, instead of sending them away to a computer."
                ),
                "target": "Assisted digital help offered at 5 of 5 customer service points",
                "target_date": "2026-12-31",
                "status": "in_progress",
                "principles": [(1, 2, 3), (5, 2, 3)],
                "updates": [
                    (11, "Training designed with Age Well Elmshire; first two sites live.", ""),
                    (5, "Kingsford and Fernley sites now offer assisted help on Tuesdays.", ""),
                    (1, "Four of five sites live. Stowmere opens in January after a refit.", ""),
                ],
            },
            {
                "title": "Plain-language review of the twenty most used online forms",
                "commitment": (
                    "We will rewrite our most used online forms in plain language and test "
                    "them with residents who have low digital confidence."
                ),
                "target": "20 forms rewritten and tested with at least 5 residents each",
                "target_date": "2026-09-30",
                "status": "achieved",
                "principles": [(4, 2, 3), (6, 1, 2)],
                "updates": [
                    (14, "First eight forms rewritten, including blue badge applications.", ""),
                    (
                        3,
                        "All twenty forms are live. Completion rates rose from 61% to 78%.",
                        "https://www.elmshire-county.example/forms-review",
                    ),
                ],
            },
            {
                "title": "Share a county map of free wifi and public computers",
                "commitment": (
                    "We will publish, and keep up to date, an open map of every place in "
                    "Elmshire with free wifi or public computers."
                ),
                "target": "Map published and checked every quarter",
                "target_date": "2027-03-31",
                "status": "planned",
                "principles": [(2, 1, 3)],
                "updates": [(9, "Data collected from libraries and housing partners.", "")],
            },
        ],
    },
    {
        "title": "Elmbridge Borough Council",
        "slug": "elmbridge-borough-council",
        "sector": "council",
        "areas": ["Elmbridge", "Ashcombe"],
        "signed": "2024-04-03",
        "summary": "The borough council for Elmbridge town and the villages around Ashcombe.",
        "description": (
            "<p>The borough council handles housing benefit, council tax and waste services. "
            "Its benefits team sees first hand who struggles to claim online.</p>"
        ),
        "website": "https://www.elmbridge-borough.example/",
        "email": "customer.services@elmbridge-borough.example",
        "phone": "01632 960 112",
        "address": "Civic Offices\nRiver Walk\nElmbridge\nEL2 4QT",
        "pledges": [
            {
                "title": "Digital champions in the benefits team",
                "commitment": (
                    "Every benefits officer will know where to refer residents for digital "
                    "help, and two officers will train as digital champions."
                ),
                "target": "2 trained champions and 100% of officers briefed",
                "target_date": "2026-06-30",
                "status": "achieved",
                "principles": [(1, 2, 3), (3, 2, 3)],
                "updates": [
                    (16, "Briefing given to all 34 benefits officers.", ""),
                    (10, "Two officers completed champion training with Digital Buddies.", ""),
                ],
            },
            {
                "title": "Free wifi in the civic offices waiting area",
                "commitment": (
                    "Residents waiting for appointments will be able to get online free, "
                    "with a volunteer on hand on market days."
                ),
                "target": "Public wifi live and used by 200 people a month",
                "target_date": "2026-03-31",
                "status": "in_progress",
                "principles": [(6, 1, 2)],
                "updates": [(9, "Wifi installed; volunteers recruited for market days.", "")],
            },
        ],
    },
    {
        "title": "Marlow Vale District Council",
        "slug": "marlow-vale-district-council",
        "sector": "council",
        "areas": ["Marlow Vale", "Stowmere", "Brindle Heath"],
        "signed": "2024-09-18",
        "summary": "A rural district council covering the valley's market towns and villages.",
        "description": (
            "<p>Half of the district's residents live in villages with no bus on Sundays and "
            "patchy mobile signal, so getting online is as much about connection as skills.</p>"
        ),
        "website": "https://www.marlowvale-dc.example/",
        "email": "hello@marlowvale-dc.example",
        "phone": "01632 960 123",
        "address": "The Guildhall\nMarket Place\nMarlow Vale\nEL7 2BD",
        "pledges": [
            {
                "title": "Village hall digital drop-ins",
                "commitment": (
                    "We will run a monthly digital drop-in in six village halls, with "
                    "devices and mobile data provided."
                ),
                "target": "6 village halls with a monthly drop-in",
                "target_date": "2026-10-31",
                "status": "in_progress",
                "principles": [(5, 1, 3), (4, 1, 2)],
                "updates": [
                    (13, "Three halls agreed to host; volunteers from Digital Buddies.", ""),
                    (8, "Drop-ins running in Brindle Heath, Stowmere and Upper Marlow.", ""),
                ],
            },
            {
                "title": "Joint referral form with the county council",
                "commitment": (
                    "Our front desk staff will use the partnership's shared referral form so "
                    "residents are not asked the same questions twice."
                ),
                "target": "Shared form used for every digital help referral",
                "target_date": "2025-12-31",
                "status": "lapsed",
                "principles": [(3, 1, 2)],
                "updates": [
                    (12, "Paused while the county replaces its case system.", ""),
                ],
            },
        ],
    },
    {
        "title": "Elmshire Health and Care Partnership",
        "slug": "elmshire-health-and-care",
        "sector": "health",
        "areas": ALL,
        "signed": "2024-03-12",
        "logo": ("EHC", "#005eb8"),
        "summary": "The NHS body that plans and pays for health services across Elmshire.",
        "description": (
            "<p>More appointments, test results and prescriptions are moving online. The "
            "partnership wants nobody to miss out on care because they are not online.</p>"
        ),
        "website": "https://www.elmshire-hcp.example/",
        "email": "involvement@elmshire-hcp.example",
        "phone": "01632 960 134",
        "address": "Riverside House\nStation Road\nKingsford\nEL4 6HP",
        "pledges": [
            {
                "title": "Help with the NHS app in every GP surgery",
                "commitment": (
                    "We will fund digital health champions so that every GP surgery can "
                    "offer face-to-face help with the NHS app and online repeat prescriptions."
                ),
                "target": "Help offered in 38 of 38 surgeries",
                "target_date": "2027-03-31",
                "status": "in_progress",
                "principles": [(1, 2, 4), (5, 2, 3)],
                "updates": [
                    (12, "Champions recruited for the first twelve surgeries.", ""),
                    (6, "Twenty-four surgeries now offer help sessions.", ""),
                    (
                        1,
                        "Thirty surgeries covered; 2,150 patients helped so far.",
                        "https://www.elmshire-hcp.example/nhs-app-help",
                    ),
                ],
            },
            {
                "title": "Data SIMs for patients on remote monitoring",
                "commitment": (
                    "Patients who are monitored at home but cannot afford data will get a free "
                    "SIM for the length of their care."
                ),
                "target": "Every eligible patient offered a SIM",
                "target_date": "2026-06-30",
                "status": "achieved",
                "principles": [(4, 2, 3)],
                "updates": [(7, "Scheme is part of every referral to remote monitoring.", "")],
            },
        ],
    },
    {
        "title": "Fernley Road Medical Practice",
        "slug": "fernley-road-medical-practice",
        "sector": "health",
        "areas": ["Fernley"],
        "signed": "2025-02-10",
        "summary": "A GP practice caring for 11,000 patients in Fernley.",
        "description": (
            "<p>Our reception team helps patients who phone because they cannot book "
            "online. We want to turn those calls into a chance to build confidence.</p>"
        ),
        "website": "https://www.fernleyroad-surgery.example/",
        "email": "reception@fernleyroad-surgery.example",
        "phone": "01632 960 145",
        "address": "42 Fernley Road\nFernley\nEL5 3RR",
        "pledges": [
            {
                "title": "Weekly NHS app clinic",
                "commitment": (
                    "Every Thursday morning a trained receptionist will help patients set up "
                    "and use the NHS app, with no appointment needed."
                ),
                "target": "40 clinics a year",
                "target_date": "2026-12-31",
                "status": "in_progress",
                "principles": [(5, 1, 3)],
                "updates": [(10, "Clinic running since March; 12 patients a week.", "")],
            },
            {
                "title": "Signpost to free devices and data",
                "commitment": (
                    "Reception staff will know how to refer patients to device lending and "
                    "free data schemes."
                ),
                "target": "Every receptionist trained",
                "target_date": "2026-03-31",
                "status": "achieved",
                "principles": [(1, 1, 2)],
                "updates": [(4, "All nine receptionists have done the signposting course.", "")],
            },
        ],
    },
    {
        "title": "Kingsford Community Pharmacy Group",
        "slug": "kingsford-community-pharmacies",
        "sector": "health",
        "areas": ["Kingsford", "Hollowmere"],
        "signed": "2025-10-07",
        "summary": "Four independent pharmacies in Kingsford and Hollowmere.",
        "description": (
            "<p>People come to us for prescriptions every month, which makes us a trusted "
            "and familiar place to ask for help.</p>"
        ),
        "website": "https://www.kingsford-pharmacies.example/",
        "email": "team@kingsford-pharmacies.example",
        "phone": "01632 960 156",
        "address": "7 Bridge Street\nKingsford\nEL4 1JN",
        "pledges": [
            {
                "title": "Leaflets and posters about free digital help",
                "commitment": (
                    "Every pharmacy counter will display the partnership's digital help line "
                    "and hand out the printed guide to free help."
                ),
                "target": "4 of 4 pharmacies displaying materials",
                "target_date": "2026-06-30",
                "status": "planned",
                "principles": [(1, 1, 2)],
                "updates": [],
            },
            {
                "title": "Help ordering repeat prescriptions online",
                "commitment": (
                    "Staff will show customers how to order repeat prescriptions online "
                    "when they ask."
                ),
                "target": "100 customers helped",
                "target_date": "2027-01-31",
                "status": "in_progress",
                "principles": [(5, 1, 2), (6, 1, 2)],
                "updates": [(2, "First 31 customers helped, mostly over 70.", "")],
            },
        ],
    },
    {
        "title": "Age Well Elmshire",
        "slug": "age-well-elmshire",
        "sector": "voluntary",
        "areas": ALL,
        "signed": "2024-02-14",
        "logo": ("AWE", "#4c2c92"),
        "summary": "A charity supporting older people to live well and independently.",
        "description": (
            "<p>Our tablet loan scheme and friendly volunteers have helped more than 900 "
            "older people get online since 2021.</p>"
        ),
        "website": "https://www.agewell-elmshire.example/",
        "email": "info@agewell-elmshire.example",
        "phone": "01632 960 167",
        "address": "The Old School\nChurch Lane\nElmbridge\nEL1 7DS",
        "pledges": [
            {
                "title": "Tablet loans with six weeks of home support",
                "commitment": (
                    "We will lend tablets with free data to older people and visit them at "
                    "home for six weeks while they learn."
                ),
                "target": "150 loans a year",
                "target_date": "2026-12-31",
                "status": "in_progress",
                "principles": [(5, 3, 4), (4, 2, 3)],
                "updates": [
                    (9, "74 loans in the first half of the year.", ""),
                    (3, "132 loans so far; waiting list in Marlow Vale.", ""),
                ],
            },
            {
                "title": "Share our volunteer training course",
                "commitment": (
                    "We will publish our volunteer training course so other partners can "
                    "train their own volunteers."
                ),
                "target": "Course published and used by 5 partners",
                "target_date": "2026-09-30",
                "status": "achieved",
                "principles": [(2, 2, 4)],
                "updates": [
                    (6, "Course published under an open licence.", ""),
                    (2, "Used by six partners, including two housing providers.", ""),
                ],
            },
            {
                "title": "Scam awareness sessions",
                "commitment": (
                    "We will run sessions on spotting online scams in community centres."
                ),
                "target": "24 sessions",
                "target_date": "2026-08-31",
                "status": "in_progress",
                "principles": [(6, 2, 3)],
                "updates": [(4, "Ten sessions run with Elmshire Police.", "")],
            },
        ],
    },
    {
        "title": "Hollowmere Community Hub",
        "slug": "hollowmere-community-hub",
        "sector": "voluntary",
        "areas": ["Hollowmere"],
        "signed": "2024-11-05",
        "logo": ("HCH", "#b7410e"),
        "summary": "A neighbourhood centre with a café, food larder and advice sessions.",
        "description": (
            "<p>We are open six days a week. Many people who come for the food larder also "
            "need help with universal credit journals and online forms.</p>"
        ),
        "website": "https://www.hollowmere-hub.example/",
        "email": "hello@hollowmere-hub.example",
        "phone": "01632 960 178",
        "address": "Unit 3, Mill Yard\nHollowmere\nEL6 2PL",
        "pledges": [
            {
                "title": "Digital help at every food larder session",
                "commitment": (
                    "A volunteer digital helper will be at every food larder session to help "
                    "with forms, journals and video calls."
                ),
                "target": "Helper present at 90% of sessions",
                "target_date": "2026-12-31",
                "status": "in_progress",
                "principles": [(1, 2, 3), (5, 2, 3)],
                "updates": [
                    (10, "Helpers at 60% of sessions; recruiting more volunteers.", ""),
                    (7, "Helpers at 85% of sessions since the summer.", ""),
                ],
            },
            {
                "title": "Free public wifi in the café",
                "commitment": "We will provide free wifi and two public laptops in the café.",
                "target": "Wifi and laptops available during all opening hours",
                "target_date": "2025-12-31",
                "status": "achieved",
                "principles": [(6, 1, 2)],
                "updates": [(11, "Wifi and two donated laptops in place.", "")],
            },
        ],
    },
    {
        "title": "Elmshire Refugee Welcome",
        "slug": "elmshire-refugee-welcome",
        "sector": "voluntary",
        "areas": ["Elmbridge", "Kingsford"],
        "signed": "2025-06-23",
        "summary": "Helps refugees and people seeking asylum settle in Elmshire.",
        "description": (
            "<p>Our volunteers speak Arabic, Ukrainian, Dari and Tigrinya. A phone and data "
            "are often the first things a new arrival needs.</p>"
        ),
        "website": "https://www.refugee-welcome-elmshire.example/",
        "email": "contact@refugee-welcome-elmshire.example",
        "phone": "01632 960 189",
        "address": "St Anne's Church Hall\nNorth Street\nKingsford\nEL4 3AW",
        "pledges": [
            {
                "title": "Phones and data for new arrivals",
                "commitment": (
                    "Every new arrival we support will be offered a refurbished phone and "
                    "three months of free data."
                ),
                "target": "120 people a year",
                "target_date": "2026-12-31",
                "status": "in_progress",
                "principles": [(4, 2, 3)],
                "updates": [(9, "48 phones given out with Kingsford Computer Recycling.", "")],
            },
            {
                "title": "Digital skills sessions in community languages",
                "commitment": (
                    "We will run beginner sessions in Arabic and Ukrainian with bilingual "
                    "volunteers."
                ),
                "target": "2 courses a term",
                "target_date": "2027-07-31",
                "status": "planned",
                "principles": [(4, 1, 3), (5, 1, 2)],
                "updates": [],
            },
        ],
    },
    {
        "title": "Digital Buddies Elmshire",
        "slug": "digital-buddies-elmshire",
        "sector": "voluntary",
        "areas": ALL,
        "signed": "2024-06-01",
        "summary": "A network of 180 trained volunteer digital champions across the county.",
        "description": (
            "<p>We train and support volunteers who help people one to one, in libraries, "
            "cafés and at home.</p>"
        ),
        "website": "https://www.digitalbuddies.example/",
        "email": "volunteer@digitalbuddies.example",
        "phone": "01632 960 190",
        "address": "c/o Elmbridge Central Library\n12 Market Street\nElmbridge\nEL1 2AB",
        "pledges": [
            {
                "title": "Train digital champions for other partners",
                "commitment": (
                    "We will train staff and volunteers of any charter partner as digital "
                    "champions, free of charge."
                ),
                "target": "60 champions trained for partners",
                "target_date": "2026-12-31",
                "status": "in_progress",
                "principles": [(3, 3, 4), (2, 3, 4)],
                "updates": [
                    (12, "Course running monthly; 14 champions trained.", ""),
                    (4, "41 champions trained from 11 partners.", ""),
                ],
            },
            {
                "title": "One shared booking line for one-to-one help",
                "commitment": (
                    "Residents will book a one-to-one session with any partner's champion "
                    "through the county digital help line."
                ),
                "target": "Help line booking used by 10 partners",
                "target_date": "2026-04-30",
                "status": "in_progress",
                "principles": [(3, 2, 3)],
                "updates": [(13, "Booking system chosen with the county council.", "")],
            },
        ],
    },
    {
        "title": "Elmshire College",
        "slug": "elmshire-college",
        "sector": "education",
        "areas": ["Elmbridge", "Kingsford", "Fernley"],
        "signed": "2024-05-20",
        "logo": ("EC", "#1d70b8"),
        "summary": "Further education college with campuses in Elmbridge and Kingsford.",
        "description": (
            "<p>The college offers free essential digital skills courses to adults and lends "
            "laptops to students who have none.</p>"
        ),
        "website": "https://www.elmshire-college.example/",
        "email": "adult.learning@elmshire-college.example",
        "phone": "01632 960 201",
        "address": "Kingsford Campus\nCollege Way\nKingsford\nEL4 8CW",
        "pledges": [
            {
                "title": "Free essential digital skills courses in community venues",
                "commitment": (
                    "We will run our free essential digital skills qualification in libraries "
                    "and community centres, not only on campus."
                ),
                "target": "8 community venues a year",
                "target_date": "2026-07-31",
                "status": "achieved",
                "principles": [(5, 2, 3), (4, 2, 3)],
                "updates": [
                    (15, "Courses running in four libraries.", ""),
                    (5, "Eight venues reached; 143 learners enrolled.", ""),
                ],
            },
            {
                "title": "Laptop loans for every student who needs one",
                "commitment": "No student will drop out because they have no laptop.",
                "target": "All eligible students offered a laptop within a week",
                "target_date": "2026-09-30",
                "status": "in_progress",
                "principles": [(4, 3, 4)],
                "updates": [(2, "Loan stock increased to 400 laptops.", "")],
            },
            {
                "title": "Student volunteers as digital champions",
                "commitment": (
                    "Computing students will volunteer as digital champions as part of their "
                    "course."
                ),
                "target": "30 student champions a year",
                "target_date": "2027-06-30",
                "status": "planned",
                "principles": [(3, 1, 3)],
                "updates": [],
            },
        ],
    },
    {
        "title": "Kingsford Adult Learning",
        "slug": "kingsford-adult-learning",
        "sector": "education",
        "areas": ["Kingsford"],
        "signed": "2025-03-03",
        "summary": "Community learning courses for adults in Kingsford.",
        "description": (
            "<p>Short, friendly courses for adults, from first steps with a computer to "
            "spreadsheets for small businesses.</p>"
        ),
        "website": "https://www.kingsford-learning.example/",
        "email": "courses@kingsford-learning.example",
        "phone": "01632 960 212",
        "address": "The Learning Centre\nQueen's Road\nKingsford\nEL4 2LC",
        "pledges": [
            {
                "title": "First steps courses with a crèche",
                "commitment": (
                    "Our beginner courses will run with a free crèche so that parents of "
                    "young children can come."
                ),
                "target": "4 courses a year with a crèche",
                "target_date": "2026-07-31",
                "status": "in_progress",
                "principles": [(4, 2, 3)],
                "updates": [(8, "First course with a crèche completed by 11 parents.", "")],
            },
            {
                "title": "Publish our course materials openly",
                "commitment": "We will share our beginner course materials with partners.",
                "target": "Materials published",
                "target_date": "2025-12-31",
                "status": "lapsed",
                "principles": [(2, 1, 2)],
                "updates": [(12, "Paused: we lost the tutor who was writing them.", "")],
            },
        ],
    },
    {
        "title": "Stowmere Academy Trust",
        "slug": "stowmere-academy-trust",
        "sector": "education",
        "areas": ["Stowmere", "Marlow Vale"],
        "signed": "2026-01-26",
        "summary": "A trust of three primary and one secondary school in the Vale.",
        "description": (
            "<p>Our schools see families who share one phone between several children "
            "doing homework.</p>"
        ),
        "website": "https://www.stowmere-academies.example/",
        "email": "office@stowmere-academies.example",
        "phone": "01632 960 223",
        "address": "Stowmere Academy\nSchool Lane\nStowmere\nEL8 1SA",
        "pledges": [
            {
                "title": "Family digital skills evenings",
                "commitment": (
                    "Each school will run a termly evening for parents on using school apps, "
                    "staying safe online and getting free data."
                ),
                "target": "12 evenings a year",
                "target_date": "2027-07-31",
                "status": "planned",
                "principles": [(5, 1, 2), (1, 1, 2)],
                "updates": [],
            },
            {
                "title": "Refurbished laptops for families",
                "commitment": "We will pass on refurbished school laptops to families.",
                "target": "100 laptops passed on",
                "target_date": "2027-03-31",
                "status": "in_progress",
                "principles": [(4, 1, 2)],
                "updates": [(1, "First 25 laptops given to families.", "")],
            },
        ],
    },
    {
        "title": "Riverside Vale Homes",
        "slug": "riverside-vale-homes",
        "sector": "housing",
        "areas": ["Marlow Vale", "Fernley", "Stowmere"],
        "signed": "2024-07-09",
        "logo": ("RVH", "#00703c"),
        "summary": "A housing association with 6,200 homes in the Vale and Fernley.",
        "description": (
            "<p>Most of our tenants now report repairs and pay rent online, but one in five "
            "still cannot.</p>"
        ),
        "website": "https://www.riversidevale-homes.example/",
        "email": "tenant.services@riversidevale-homes.example",
        "phone": "01632 960 234",
        "address": "Riverside House\nQuay Street\nMarlow Vale\nEL7 5RV",
        "pledges": [
            {
                "title": "Free wifi in every sheltered housing scheme",
                "commitment": (
                    "All our sheltered housing schemes will have free wifi in flats and "
                    "communal lounges."
                ),
                "target": "14 of 14 schemes connected",
                "target_date": "2026-12-31",
                "status": "in_progress",
                "principles": [(6, 2, 3), (4, 2, 3)],
                "updates": [
                    (14, "Survey of all schemes completed.", ""),
                    (2, "Six schemes connected.", ""),
                ],
            },
            {
                "title": "Tenant digital champions",
                "commitment": "We will train tenants as digital champions for their neighbours.",
                "target": "20 tenant champions",
                "target_date": "2026-06-30",
                "status": "achieved",
                "principles": [(3, 2, 3)],
                "updates": [(5, "22 tenants trained with Digital Buddies.", "")],
            },
        ],
    },
    {
        "title": "Elmbridge Housing Co-operative",
        "slug": "elmbridge-housing-coop",
        "sector": "housing",
        "areas": ["Elmbridge"],
        "signed": "2025-09-15",
        "summary": "A tenant-run co-operative of 340 homes in Elmbridge.",
        "description": "<p>Members run the co-operative and decide together what it does.</p>",
        "website": "https://www.elmbridge-coop.example/",
        "email": "members@elmbridge-coop.example",
        "phone": "01632 960 245",
        "address": "Co-op Office\n5 Weaver Street\nElmbridge\nEL2 9CO",
        "pledges": [
            {
                "title": "A members' computer room",
                "commitment": "We will open a computer room for members, staffed on weekdays.",
                "target": "Room open 20 hours a week",
                "target_date": "2026-10-31",
                "status": "in_progress",
                "principles": [(6, 1, 2)],
                "updates": [(1, "Room fitted out with donated computers.", "")],
            },
            {
                "title": "Signposting in the members' newsletter",
                "commitment": "Every newsletter will list free digital help nearby.",
                "target": "Every issue",
                "target_date": "2026-12-31",
                "status": "in_progress",
                "principles": [(1, 1, 2)],
                "updates": [(2, "Regular digital help column since the spring issue.", "")],
            },
        ],
    },
    {
        "title": "Elmshire Libraries",
        "slug": "elmshire-libraries",
        "sector": "library",
        "areas": ALL,
        "signed": "2024-02-14",
        "logo": ("EL", "#6f3f00"),
        "summary": "Eighteen public libraries and two mobile libraries across the county.",
        "description": (
            "<p>Every library has free wifi and public computers, and staff help thousands "
            "of people with online tasks each month.</p>"
        ),
        "website": "https://www.elmshire-libraries.example/",
        "email": "ask@elmshire-libraries.example",
        "phone": "01632 960 256",
        "address": "Elmbridge Central Library\n12 Market Street\nElmbridge\nEL1 2AB",
        "pledges": [
            {
                "title": "Device lending in every library",
                "commitment": "Residents will be able to borrow a laptop or tablet with data.",
                "target": "Lending available in 18 of 18 libraries",
                "target_date": "2026-12-31",
                "status": "in_progress",
                "principles": [(4, 2, 4), (6, 2, 3)],
                "updates": [
                    (10, "Lending live in eight libraries.", ""),
                    (2, "Lending live in sixteen libraries; 1,900 loans so far.", ""),
                ],
            },
            {
                "title": "Digital help sessions on the mobile library",
                "commitment": (
                    "Both mobile libraries will carry a digital helper to reach villages "
                    "with no library."
                ),
                "target": "Help offered on every mobile library route",
                "target_date": "2026-05-31",
                "status": "in_progress",
                "principles": [(5, 2, 3)],
                "updates": [(8, "Helper on board for half the routes.", "")],
            },
            {
                "title": "Host the partnership's shared resource collection",
                "commitment": (
                    "We will host and catalogue the guides and toolkits partners share."
                ),
                "target": "Collection online and reviewed yearly",
                "target_date": "2026-03-31",
                "status": "achieved",
                "principles": [(2, 3, 4)],
                "updates": [(6, "Collection launched on the hub.", "")],
            },
        ],
    },
    {
        "title": "Ashcombe Museum and Arts Centre",
        "slug": "ashcombe-museum-arts-centre",
        "sector": "library",
        "areas": ["Ashcombe"],
        "signed": "2025-04-28",
        "summary": "A small museum, gallery and theatre in Ashcombe.",
        "description": "<p>Our volunteers are mostly over 65, and many are learning too.</p>",
        "website": "https://www.ashcombe-arts.example/",
        "email": "boxoffice@ashcombe-arts.example",
        "phone": "01632 960 267",
        "address": "The Old Corn Exchange\nHigh Street\nAshcombe\nEL3 4ME",
        "pledges": [
            {
                "title": "Help booking tickets online",
                "commitment": "Box office staff will help visitors book and use e-tickets.",
                "target": "All box office staff trained",
                "target_date": "2026-02-28",
                "status": "achieved",
                "principles": [(6, 1, 2)],
                "updates": [(9, "All six box office staff trained.", "")],
            },
            {
                "title": "Digital skills for our volunteers",
                "commitment": "Every volunteer will be offered a digital skills session.",
                "target": "40 volunteers offered a session",
                "target_date": "2026-11-30",
                "status": "in_progress",
                "principles": [(5, 1, 2)],
                "updates": [(5, "First sessions held with Age Well Elmshire.", "")],
            },
        ],
    },
    {
        "title": "Vale Broadband",
        "slug": "vale-broadband",
        "sector": "business",
        "areas": ["Marlow Vale", "Brindle Heath", "Stowmere"],
        "signed": "2024-10-21",
        "logo": ("VB", "#505a5f"),
        "summary": "A local broadband provider bringing full-fibre to rural villages.",
        "description": (
            "<p>We build fibre networks in villages the national providers have not reached.</p>"
        ),
        "website": "https://www.valebroadband.example/",
        "email": "community@valebroadband.example",
        "phone": "01632 960 278",
        "address": "Unit 9, Vale Business Park\nMarlow Vale\nEL7 8VB",
        "pledges": [
            {
                "title": "A social tariff for people on low incomes",
                "commitment": (
                    "We will offer a low-cost broadband tariff to households getting "
                    "means-tested benefits."
                ),
                "target": "Social tariff available to every eligible customer",
                "target_date": "2025-12-31",
                "status": "achieved",
                "principles": [(4, 2, 3)],
                "updates": [(11, "Social tariff launched at £12 a month.", "")],
            },
            {
                "title": "Free connections for village halls",
                "commitment": "Village halls on our network will be connected for free.",
                "target": "10 village halls connected",
                "target_date": "2026-09-30",
                "status": "in_progress",
                "principles": [(6, 2, 3)],
                "updates": [(3, "Seven village halls connected.", "")],
            },
        ],
    },
    {
        "title": "Kingsford Computer Recycling",
        "slug": "kingsford-computer-recycling",
        "sector": "business",
        "areas": ["Kingsford"],
        "signed": "2025-01-13",
        "summary": "Refurbishes donated laptops and phones and securely wipes data.",
        "description": (
            "<p>A social enterprise. Businesses donate old equipment; we refurbish it for "
            "people who need it.</p>"
        ),
        "website": "https://www.kingsford-recycling.example/",
        "email": "donate@kingsford-recycling.example",
        "phone": "01632 960 289",
        "address": "Unit 2, Canal Works\nKingsford\nEL4 9KR",
        "pledges": [
            {
                "title": "Refurbished devices for partners",
                "commitment": (
                    "We will supply refurbished laptops and phones to charter partners at "
                    "cost price."
                ),
                "target": "500 devices a year",
                "target_date": "2026-12-31",
                "status": "in_progress",
                "principles": [(2, 2, 3), (3, 2, 3)],
                "updates": [
                    (10, "180 devices supplied to six partners.", ""),
                    (4, "390 devices supplied this year.", ""),
                ],
            },
        ],
    },
    {
        "title": "Fernley Building Society",
        "slug": "fernley-building-society",
        "sector": "business",
        "areas": ["Fernley", "Elmbridge"],
        "signed": "2026-03-09",
        "summary": "A mutual building society with branches in Fernley and Elmbridge.",
        "description": (
            "<p>We are keeping our branches open and want to help members bank online "
            "safely if they choose to.</p>"
        ),
        "website": "https://www.fernley-bs.example/",
        "email": "members@fernley-bs.example",
        "phone": "01632 960 290",
        "address": "1 The Square\nFernley\nEL5 1FB",
        "pledges": [
            {
                "title": "Safe online banking sessions in branches",
                "commitment": (
                    "Each branch will run a monthly session on safe online banking and "
                    "spotting scams."
                ),
                "target": "24 sessions a year",
                "target_date": "2027-03-31",
                "status": "planned",
                "principles": [(6, 1, 2), (5, 1, 2)],
                "updates": [],
            },
            {
                "title": "Staff volunteering as digital champions",
                "commitment": "Staff will get two volunteering days a year as champions.",
                "target": "10 staff volunteering",
                "target_date": "2027-03-31",
                "status": "in_progress",
                "principles": [(3, 1, 2)],
                "updates": [(3, "Four staff trained with Digital Buddies.", "")],
            },
        ],
    },
]

#: Partners that the demo partner users ("partner1", "partner2") are given membership of.
DEMO_PARTNER_SLUGS = ("hollowmere-community-hub", "elmshire-college")
