"""Demo content for Charter Hub, the website of the Elmshire Digital Inclusion Partnership.

Fictional text for the core pages (home, about, accessibility statement, privacy notice and
contact). ``PAGES`` maps a page key to a dict of language code to page fields. Home and the
accessibility statement are given in English, Polish, Romanian, Ukrainian, Arabic and Urdu;
the other pages are in English only. Body blocks are ``(block_type, value)`` tuples for the
"heading", "paragraph", "inset", "warning" and "details" StreamField blocks. All names,
places, phone numbers and addresses are invented.
"""

PAGES = {
    "home": {
        "en": {
            "title": "Free digital help in Elmshire",
            "slug": "home",
            "search_description": (
                "Find free help to get online in Elmshire, including wifi, computers, devices, "
                "data SIMs, classes and drop-ins."
            ),
            "intro": (
                "Councils, libraries, health services, housing associations, colleges, charities "
                "and businesses in Elmshire work as one team. Together we help everyone get "
                "online, safely and with confidence."
            ),
            "top_tasks_heading": "What do you need help with?",
            "top_tasks": [
                {
                    "key": "find-help",
                    "title": "Find digital help near you",
                    "description": (
                        "Free wifi, computers, devices, data SIMs and help with online forms."
                    ),
                },
                {
                    "key": "events",
                    "title": "Classes and drop-ins",
                    "description": "Find a free session at a library or community centre near you.",
                },
                {
                    "key": "guides",
                    "title": "Easy guides",
                    "description": (
                        "Step-by-step help with email, video calls, staying safe online and more."
                    ),
                },
                {
                    "key": "charter",
                    "title": "Our charter",
                    "description": "Read the promises our partners make to people in Elmshire.",
                },
                {
                    "key": "partners",
                    "title": "Our partners",
                    "description": (
                        "See who has signed the charter and what they have promised to do."
                    ),
                },
            ],
            "body": [
                ("heading", "Help is closer than you think"),
                (
                    "paragraph",
                    (
                        "<p>Lots of places in Elmshire give free help to get online. You do not "
                        "need to know who runs them. Our partners share one list of help, one "
                        "calendar of events and one helpline.</p>"
                        "<p>We can help you if you:</p>"
                        "<ul><li>do not have a phone, tablet or laptop that works</li>"
                        "<li>cannot pay for mobile data or home broadband</li>"
                        "<li>want to learn how to use the internet, step by step</li>"
                        "<li>need help with an online form, such as a benefits claim or a doctor's "
                        "appointment</li></ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        '<p><b>Call the Digital Help Line on <a href="tel:+441632960123">'
                        "01632 960 123</a></b></p>"
                        "<p>We are open Monday to Friday, 9am to 5pm. Tell us what you need and we "
                        "will find help near you. You can ask for an interpreter.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Does your organisation work with people in Elmshire? You can sign the "
                        "charter and join the partnership. To find out more, email <a "
                        'href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                    ),
                ),
            ],
        },
        "pl": {
            "title": "Bezpłatna pomoc cyfrowa w Elmshire",
            "slug": "home",
            "search_description": (
                "Znajdź w Elmshire bezpłatną pomoc w korzystaniu z internetu: Wi-Fi, komputery, "
                "urządzenia, karty SIM z internetem, zajęcia i punkty pomocy bez zapisów."
            ),
            "intro": (
                "Samorządy, biblioteki, służba zdrowia, towarzystwa mieszkaniowe, szkoły, "
                "organizacje charytatywne i firmy z Elmshire działają jak jeden zespół. Razem "
                "pomagamy każdemu bezpiecznie i pewnie korzystać z internetu."
            ),
            "top_tasks_heading": "W czym możemy ci pomóc?",
            "top_tasks": [
                {
                    "key": "find-help",
                    "title": "Pomoc cyfrowa w pobliżu",
                    "description": (
                        "Bezpłatne Wi-Fi, komputery, urządzenia, karty SIM z internetem i pomoc z "
                        "formularzami online."
                    ),
                },
                {
                    "key": "events",
                    "title": "Zajęcia i punkty pomocy",
                    "description": (
                        "Znajdź bezpłatne spotkanie w bibliotece lub centrum społecznym niedaleko "
                        "ciebie."
                    ),
                },
                {
                    "key": "guides",
                    "title": "Proste poradniki",
                    "description": (
                        "Krok po kroku: e-mail, rozmowy wideo, bezpieczeństwo w sieci i wiele "
                        "więcej."
                    ),
                },
                {
                    "key": "charter",
                    "title": "Nasza karta",
                    "description": "Przeczytaj, co nasi partnerzy obiecują mieszkańcom Elmshire.",
                },
                {
                    "key": "partners",
                    "title": "Nasi partnerzy",
                    "description": "Sprawdź, kto podpisał kartę i do czego się zobowiązał.",
                },
            ],
            "body": [
                ("heading", "Pomoc jest bliżej, niż myślisz"),
                (
                    "paragraph",
                    (
                        "<p>W wielu miejscach w Elmshire możesz dostać bezpłatną pomoc w "
                        "korzystaniu z internetu. Nie musisz wiedzieć, kto je prowadzi. Nasi "
                        "partnerzy mają jedną wspólną listę miejsc z pomocą, jeden kalendarz "
                        "wydarzeń i jedną infolinię.</p>"
                        "<p>Możemy ci pomóc, jeśli:</p>"
                        "<ul><li>nie masz sprawnego telefonu, tabletu ani laptopa</li>"
                        "<li>nie stać cię na internet w telefonie ani w domu</li>"
                        "<li>chcesz krok po kroku nauczyć się korzystać z internetu</li>"
                        "<li>potrzebujesz pomocy z formularzem online, na przykład z wnioskiem o "
                        "zasiłek albo z zapisem do lekarza</li></ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        '<p><b>Zadzwoń na Cyfrową Linię Pomocy: <a href="tel:+441632960123">'
                        "01632 960 123</a></b></p>"
                        "<p>Jesteśmy dostępni od poniedziałku do piątku w godz. 9:00–17:00. "
                        "Powiedz nam, czego potrzebujesz, a znajdziemy pomoc w twojej okolicy. "
                        "Możesz poprosić o tłumacza.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Twoja organizacja pracuje z mieszkańcami Elmshire? Może ona podpisać "
                        "kartę i dołączyć do partnerstwa. Aby dowiedzieć się więcej, napisz na "
                        'adres <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                    ),
                ),
            ],
        },
        "ro": {
            "title": "Ajutor digital gratuit în Elmshire",
            "slug": "home",
            "search_description": (
                "Găsiți în Elmshire ajutor gratuit pentru a folosi internetul: Wi-Fi, "
                "calculatoare, dispozitive, cartele SIM cu date mobile, cursuri și sesiuni de "
                "sprijin fără programare."
            ),
            "intro": (
                "Consiliile locale, bibliotecile, serviciile de sănătate, asociațiile de locuințe, "
                "colegiile, organizațiile caritabile și firmele din Elmshire lucrează ca o singură "
                "echipă. Împreună îi ajutăm pe toți să folosească internetul în siguranță și cu "
                "încredere."
            ),
            "top_tasks_heading": "Cu ce vă putem ajuta?",
            "top_tasks": [
                {
                    "key": "find-help",
                    "title": "Ajutor digital în apropiere",
                    "description": (
                        "Wi-Fi gratuit, calculatoare, dispozitive, cartele SIM cu date și ajutor "
                        "la formularele online."
                    ),
                },
                {
                    "key": "events",
                    "title": "Cursuri și sesiuni de sprijin",
                    "description": (
                        "Găsiți o sesiune gratuită la o bibliotecă sau la un centru comunitar din "
                        "apropiere."
                    ),
                },
                {
                    "key": "guides",
                    "title": "Ghiduri simple",
                    "description": (
                        "Explicații pas cu pas despre e-mail, apeluri video, siguranța online și "
                        "multe altele."
                    ),
                },
                {
                    "key": "charter",
                    "title": "Carta noastră",
                    "description": (
                        "Citiți ce le promit partenerii noștri locuitorilor din Elmshire."
                    ),
                },
                {
                    "key": "partners",
                    "title": "Partenerii noștri",
                    "description": "Vedeți cine a semnat carta și ce s-a angajat să facă.",
                },
            ],
            "body": [
                ("heading", "Ajutorul este mai aproape decât credeți"),
                (
                    "paragraph",
                    (
                        "<p>În multe locuri din Elmshire puteți primi ajutor gratuit ca să "
                        "folosiți internetul. Nu trebuie să știți cine le organizează. Partenerii "
                        "noștri au o singură listă cu locurile unde găsiți ajutor, un singur "
                        "calendar de evenimente și o singură linie de asistență.</p>"
                        "<p>Vă putem ajuta dacă:</p>"
                        "<ul><li>nu aveți un telefon, o tabletă sau un laptop care să "
                        "funcționeze</li>"
                        "<li>nu vă permiteți date mobile sau internet acasă</li>"
                        "<li>vreți să învățați, pas cu pas, să folosiți internetul</li>"
                        "<li>aveți nevoie de ajutor cu un formular online, de exemplu o cerere de "
                        "ajutor social sau o programare la medic</li></ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        '<p><b>Sunați la Linia de asistență digitală: <a href="tel:+441632960123">'
                        "01632 960 123</a></b></p>"
                        "<p>Vă răspundem de luni până vineri, între orele 9:00 și 17:00. "
                        "Spuneți-ne de ce aveți nevoie și vă găsim ajutor în apropiere. Puteți "
                        "cere un interpret.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Organizația dumneavoastră lucrează cu locuitorii din Elmshire? Poate "
                        "semna carta și se poate alătura parteneriatului. Pentru mai multe "
                        'informații, scrieți-ne la <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                    ),
                ),
            ],
        },
        "uk": {
            "title": "Безкоштовна цифрова допомога в Елмширі",
            "slug": "home",
            "search_description": (
                "Знайдіть в Елмширі безкоштовну допомогу з інтернетом: Wi-Fi, комп’ютери, "
                "пристрої, SIM-картки з мобільним інтернетом, заняття та консультації без запису."
            ),
            "intro": (
                "Місцеві ради, бібліотеки, служби охорони здоров’я, житлові асоціації, коледжі, "
                "благодійні організації та компанії Елмширу працюють як одна команда. Разом ми "
                "допомагаємо кожному користуватися інтернетом безпечно й упевнено."
            ),
            "top_tasks_heading": "З чим вам допомогти?",
            "top_tasks": [
                {
                    "key": "find-help",
                    "title": "Цифрова допомога поруч",
                    "description": (
                        "Безкоштовний Wi-Fi, комп’ютери, пристрої, SIM-картки з інтернетом і "
                        "допомога з онлайн-формами."
                    ),
                },
                {
                    "key": "events",
                    "title": "Заняття та консультації",
                    "description": (
                        "Знайдіть безкоштовне заняття в бібліотеці чи громадському центрі поблизу."
                    ),
                },
                {
                    "key": "guides",
                    "title": "Прості посібники",
                    "description": (
                        "Покрокова допомога з електронною поштою, відеодзвінками, безпекою в "
                        "інтернеті тощо."
                    ),
                },
                {
                    "key": "charter",
                    "title": "Наша хартія",
                    "description": "Дізнайтеся, що наші партнери обіцяють мешканцям Елмширу.",
                },
                {
                    "key": "partners",
                    "title": "Наші партнери",
                    "description": "Подивіться, хто підписав хартію і що зобов’язався зробити.",
                },
            ],
            "body": [
                ("heading", "Допомога ближче, ніж ви думаєте"),
                (
                    "paragraph",
                    (
                        "<p>У багатьох місцях Елмширу можна безкоштовно отримати допомогу з "
                        "інтернетом. Вам не потрібно знати, хто саме її надає. Наші партнери мають "
                        "один спільний перелік допомоги, один календар подій і одну гарячу "
                        "лінію.</p>"
                        "<p>Ми можемо допомогти, якщо ви:</p>"
                        "<ul><li>не маєте справного телефона, планшета чи ноутбука</li>"
                        "<li>не можете оплатити мобільний або домашній інтернет</li>"
                        "<li>хочете крок за кроком навчитися користуватися інтернетом</li>"
                        "<li>потребуєте допомоги з онлайн-формою, наприклад із заявою на соціальну "
                        "допомогу чи записом до лікаря</li></ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        '<p><b>Телефонуйте на Цифрову лінію допомоги: <a href="tel:+441632960123">'
                        "01632 960 123</a></b></p>"
                        "<p>Ми працюємо з понеділка по п’ятницю, з 9:00 до 17:00. Розкажіть, що "
                        "вам потрібно, і ми знайдемо допомогу поруч із вами. Ви можете попросити "
                        "перекладача.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Ваша організація працює з мешканцями Елмширу? Вона може підписати "
                        "хартію та приєднатися до партнерства. Щоб дізнатися більше, напишіть нам "
                        'на <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                    ),
                ),
            ],
        },
        "ar": {
            "title": "مساعدة رقمية مجانية في إلمشاير",
            "slug": "home",
            "search_description": (
                "اعثر على مساعدة مجانية لاستخدام الإنترنت في إلمشاير، مثل الواي فاي وأجهزة "
                "الكمبيوتر والأجهزة الذكية وشرائح البيانات والدروس وجلسات الدعم المفتوحة."
            ),
            "intro": (
                "تعمل المجالس المحلية والمكتبات والخدمات الصحية وجمعيات الإسكان والكليات والجمعيات "
                "الخيرية والشركات في إلمشاير كفريق واحد. ونساعد معًا الجميع على استخدام الإنترنت "
                "بأمان وثقة."
            ),
            "top_tasks_heading": "بماذا يمكننا مساعدتك؟",
            "top_tasks": [
                {
                    "key": "find-help",
                    "title": "مساعدة رقمية قريبة منك",
                    "description": (
                        "واي فاي مجاني وأجهزة كمبيوتر وأجهزة ذكية وشرائح بيانات ومساعدة في ملء "
                        "النماذج الإلكترونية."
                    ),
                },
                {
                    "key": "events",
                    "title": "دروس وجلسات دعم",
                    "description": "اعثر على جلسة مجانية في مكتبة أو مركز مجتمعي قريب منك.",
                },
                {
                    "key": "guides",
                    "title": "أدلة سهلة",
                    "description": (
                        "شرح خطوة بخطوة للبريد الإلكتروني ومكالمات الفيديو والأمان على الإنترنت "
                        "وغير ذلك."
                    ),
                },
                {
                    "key": "charter",
                    "title": "ميثاقنا",
                    "description": "اقرأ الوعود التي يقطعها شركاؤنا لسكان إلمشاير.",
                },
                {
                    "key": "partners",
                    "title": "شركاؤنا",
                    "description": "تعرّف على من وقّع الميثاق وما الذي تعهّد بفعله.",
                },
            ],
            "body": [
                ("heading", "المساعدة أقرب مما تظن"),
                (
                    "paragraph",
                    (
                        "<p>في إلمشاير أماكن كثيرة تقدّم مساعدة مجانية لاستخدام الإنترنت، ولا "
                        "تحتاج إلى معرفة الجهة التي تديرها. فلدى شركائنا قائمة واحدة بأماكن "
                        "المساعدة، وتقويم واحد للفعاليات، وخط مساعدة واحد.</p>"
                        "<p>يمكننا مساعدتك إذا كنت:</p>"
                        "<ul><li>لا تملك هاتفًا أو جهازًا لوحيًا أو حاسوبًا محمولًا يعمل</li>"
                        "<li>لا تستطيع دفع تكلفة بيانات الهاتف أو الإنترنت المنزلي</li>"
                        "<li>تريد أن تتعلم استخدام الإنترنت خطوة بخطوة</li>"
                        "<li>تحتاج إلى مساعدة في نموذج إلكتروني، مثل طلب إعانة أو حجز موعد عند "
                        "الطبيب</li></ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        '<p><b>اتصل بخط المساعدة الرقمية على الرقم <a href="tel:+441632960123">'
                        "01632\u00a0960\u00a0123</a></b></p>"
                        "<p>نعمل من الاثنين إلى الجمعة، من الساعة 9 صباحًا حتى 5 مساءً. أخبرنا بما "
                        "تحتاج إليه، وسنجد لك المساعدة بالقرب منك. ويمكنك أن تطلب مترجمًا "
                        "فوريًا.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>هل تعمل مؤسستك مع سكان إلمشاير؟ يمكنها توقيع الميثاق والانضمام إلى "
                        "الشراكة. ولمعرفة المزيد، راسلنا على <a "
                        'href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                    ),
                ),
            ],
        },
        "ur": {
            "title": "ایلمشائر میں مفت ڈیجیٹل مدد",
            "slug": "home",
            "search_description": (
                "ایلمشائر میں انٹرنیٹ استعمال کرنے کے لیے مفت مدد تلاش کریں، جیسے وائی فائی، "
                "کمپیوٹر، آلات، ڈیٹا سم کارڈ، کلاسیں اور بغیر وقت لیے آنے والے مدد کے سیشن۔"
            ),
            "intro": (
                "ایلمشائر کی کونسلیں، لائبریریاں، صحت کی خدمات، ہاؤسنگ ایسوسی ایشنز، کالج، خیراتی "
                "ادارے اور کاروبار ایک ٹیم کی طرح کام کرتے ہیں۔ ہم مل کر ہر ایک کو محفوظ طریقے سے "
                "اور اعتماد کے ساتھ انٹرنیٹ استعمال کرنے میں مدد دیتے ہیں۔"
            ),
            "top_tasks_heading": "آپ کو کس چیز میں مدد چاہیے؟",
            "top_tasks": [
                {
                    "key": "find-help",
                    "title": "اپنے قریب ڈیجیٹل مدد",
                    "description": (
                        "مفت وائی فائی، کمپیوٹر، آلات، ڈیٹا سم کارڈ اور آن لائن فارم بھرنے میں مدد۔"
                    ),
                },
                {
                    "key": "events",
                    "title": "کلاسیں اور مدد کے سیشن",
                    "description": (
                        "اپنے قریب کسی لائبریری یا کمیونٹی سینٹر میں مفت سیشن تلاش کریں۔"
                    ),
                },
                {
                    "key": "guides",
                    "title": "آسان رہنما",
                    "description": (
                        "ای میل، ویڈیو کال، انٹرنیٹ پر محفوظ رہنے اور دیگر کاموں کے لیے قدم بہ قدم "
                        "مدد۔"
                    ),
                },
                {
                    "key": "charter",
                    "title": "ہمارا چارٹر",
                    "description": (
                        "پڑھیں کہ ہمارے شراکت دار ایلمشائر کے لوگوں سے کیا وعدے کرتے ہیں۔"
                    ),
                },
                {
                    "key": "partners",
                    "title": "ہمارے شراکت دار",
                    "description": (
                        "دیکھیں کہ چارٹر پر کس نے دستخط کیے ہیں اور انہوں نے کیا کرنے کا عہد کیا "
                        "ہے۔"
                    ),
                },
            ],
            "body": [
                ("heading", "مدد آپ کے خیال سے زیادہ قریب ہے"),
                (
                    "paragraph",
                    (
                        "<p>ایلمشائر میں بہت سی جگہوں پر انٹرنیٹ استعمال کرنے کے لیے مفت مدد ملتی "
                        "ہے۔ آپ کو یہ جاننے کی ضرورت نہیں کہ انہیں کون چلاتا ہے۔ ہمارے شراکت داروں "
                        "کے پاس مدد کی ایک ہی فہرست، تقریبات کا ایک ہی کیلنڈر اور ایک ہی ہیلپ لائن "
                        "ہے۔</p>"
                        "<p>ہم آپ کی مدد کر سکتے ہیں اگر:</p>"
                        "<ul><li>آپ کے پاس کام کرنے والا فون، ٹیبلٹ یا لیپ ٹاپ نہیں ہے</li>"
                        "<li>آپ موبائل ڈیٹا یا گھر کے انٹرنیٹ کا خرچ نہیں اٹھا سکتے</li>"
                        "<li>آپ قدم بہ قدم انٹرنیٹ استعمال کرنا سیکھنا چاہتے ہیں</li>"
                        "<li>آپ کو کسی آن لائن فارم میں مدد چاہیے، جیسے بینیفٹ کی درخواست یا ڈاکٹر "
                        "سے ملاقات کا وقت لینا</li></ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        '<p><b>ڈیجیٹل ہیلپ لائن کو <a href="tel:+441632960123">'
                        "01632\u00a0960\u00a0123</a> پر کال کریں</b></p>"
                        "<p>ہم پیر سے جمعہ، صبح 9 بجے سے شام 5 بجے تک کھلے ہیں۔ ہمیں بتائیں کہ آپ "
                        "کو کیا چاہیے، ہم آپ کے قریب مدد تلاش کریں گے۔ آپ ترجمان بھی مانگ سکتے "
                        "ہیں۔</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>کیا آپ کا ادارہ ایلمشائر کے لوگوں کے ساتھ کام کرتا ہے؟ وہ چارٹر پر "
                        "دستخط کر کے پارٹنرشپ میں شامل ہو سکتا ہے۔ مزید جاننے کے لیے <a "
                        'href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a> پر ای میل کریں۔</p>"
                    ),
                ),
            ],
        },
    },
    "about": {
        "en": {
            "title": "About the charter",
            "slug": "about",
            "search_description": (
                "What the Elmshire Digital Inclusion Charter is, why it exists, who has signed it "
                "and how your organisation can join."
            ),
            "intro": (
                "The Elmshire Digital Inclusion Charter is a shared promise. Every organisation "
                "that signs it agrees to work with the others so that nobody in Elmshire is left "
                "behind online."
            ),
            "body": [
                ("heading", "Why we have a charter"),
                (
                    "paragraph",
                    (
                        "<p>More and more of daily life happens online, from booking a doctor's "
                        "appointment to claiming benefits. But many people in Elmshire cannot get "
                        "online, or do not feel safe doing it. Some have no device. Some cannot "
                        "afford data. Some have never had the chance to learn.</p>"
                        "<p>Lots of organisations were already helping, but the help was "
                        "scattered. Different groups made similar offers without coordination, so "
                        "residents did not know where to go. Towns like Elmbridge had plenty of "
                        "help, while villages near Hollowmere had very little.</p>"
                        "<p>In 2025, more than 40 organisations met at a summit in Kingsford. They "
                        "agreed to write one charter and to act as one team.</p>"
                    ),
                ),
                ("heading", "Who is in the partnership"),
                (
                    "paragraph",
                    (
                        "<p>Our partners include:</p>"
                        "<ul><li>Elmshire County Council and the district councils</li>"
                        "<li>NHS services, including GP surgeries and hospitals</li>"
                        "<li>public libraries</li>"
                        "<li>housing associations</li>"
                        "<li>colleges and adult learning services</li>"
                        "<li>charities and community groups</li>"
                        "<li>local businesses</li></ul>"
                        "<p>Each partner makes pledges. A pledge says what they will do, by when, "
                        "and how they will measure it. You can see every partner's pledges and "
                        "progress on this website.</p>"
                    ),
                ),
                ("heading", "Our principles"),
                (
                    "paragraph",
                    (
                        "<p>Everyone who signs the charter agrees to these principles:</p>"
                        "<ol><li><b>Signpost people to support.</b> People get the right help, "
                        "whoever they ask first.</li>"
                        "<li><b>Share best practice and resources.</b> We share what works, so "
                        "nobody starts from scratch.</li>"
                        "<li><b>Work as one team.</b> We plan together, avoid doing the same thing "
                        "twice and speak with one voice.</li>"
                        "<li><b>Embed equality, diversity and inclusion.</b> We reach the people "
                        "most likely to be left out.</li>"
                        "<li><b>People, not just technology.</b> We build skills and confidence, "
                        "not just hand out devices.</li></ol>"
                    ),
                ),
                ("heading", "How to get involved"),
                (
                    "paragraph",
                    (
                        "<p>Any organisation that works with people in Elmshire can sign the "
                        "charter. It is free. You choose pledges that suit your size and the work "
                        "you do.</p>"
                        "<p>You can also volunteer as a digital champion. Digital champions help "
                        "people with everyday tasks online, like sending an email or making a "
                        "video call. We give you free training.</p>"
                    ),
                ),
                (
                    "inset",
                    (
                        "<p>To find out more, email <a "
                        'href="mailto:hello@elmshire-digital.example">'
                        'hello@elmshire-digital.example</a> or call <a href="tel:+441632960123">'
                        "01632 960 123</a>.</p>"
                    ),
                ),
            ],
        },
    },
    "accessibility": {
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility-statement",
            "search_description": (
                "How accessible the Charter Hub website is, how to ask for information in a "
                "different format and how to report a problem."
            ),
            "intro": (
                "We want everyone to be able to use this website. This statement tells you how "
                "accessible it is and what to do if something does not work for you."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This statement applies to the Charter Hub website at "
                        "elmshire-digital.example. The Elmshire Digital Inclusion Partnership runs "
                        "this website.</p>"
                        "<p>We want as many people as possible to be able to use it. For example, "
                        "you should be able to:</p>"
                        "<ul><li>change colours, contrast levels and fonts using your browser or "
                        "device settings</li>"
                        "<li>zoom in up to 400% without the text spilling off the screen</li>"
                        "<li>get around the whole website using just a keyboard</li>"
                        "<li>use the website with speech recognition software</li>"
                        "<li>listen to the website using a screen reader</li>"
                        "<li>use every page without JavaScript</li></ul>"
                        "<p>We have also made the text as simple as we can. Our pages are small, "
                        "so they load quickly on older phones and use very little data.</p>"
                    ),
                ),
                ("heading", "Languages"),
                (
                    "paragraph",
                    (
                        "<p>This website is available in English, Polish, Romanian, Ukrainian, "
                        "Arabic and Urdu. Pages in Arabic and Urdu read from right to left.</p>"
                        "<p>Not every page is translated yet. If a page is not available in your "
                        "language, we tell you at the top of the page and show you the English "
                        "version.</p>"
                    ),
                ),
                ("heading", "How accessible this website is"),
                (
                    "paragraph",
                    (
                        "<p>We do not know of any parts of this website that are hard to use. But "
                        "we may have missed something. If you find a problem, please tell us.</p>"
                        "<p>Some documents that partners have shared are older PDF files. These "
                        "may not work well with assistive technology. You can ask us for them in a "
                        "different format.</p>"
                    ),
                ),
                ("heading", "What to do if you cannot access parts of this website"),
                (
                    "paragraph",
                    (
                        "<p>If you need information on this website in a different format, contact "
                        "us. For example, you can ask for:</p>"
                        "<ul><li>an accessible PDF</li>"
                        "<li>large print</li>"
                        "<li>easy read</li>"
                        "<li>an audio recording</li>"
                        "<li>braille</li></ul>"
                        '<p>Call the Digital Help Line on <a href="tel:+441632960123">'
                        "01632 960 123</a>, Monday to Friday, 9am to 5pm. Or email <a "
                        'href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                        "<p>We will reply within 5 working days.</p>"
                    ),
                ),
                (
                    "inset",
                    (
                        "<p>If you are deaf, hard of hearing or have a speech impairment, you can "
                        "call us using a text relay service. Dial 18001 then 01632 960 123.</p>"
                    ),
                ),
                ("heading", "Reporting accessibility problems with this website"),
                (
                    "paragraph",
                    (
                        "<p>We are always looking to improve the accessibility of this website. If "
                        "you find a problem that is not listed on this page, or you think we are "
                        "not meeting accessibility requirements, please tell us.</p>"
                        '<p>Email <a href="mailto:hello@elmshire-digital.example">'
                        'hello@elmshire-digital.example</a> or call <a href="tel:+441632960123">'
                        "01632 960 123</a>. Tell us the web address of the page and what went "
                        "wrong. We will reply within 5 working days.</p>"
                    ),
                ),
                ("heading", "Enforcement procedure"),
                (
                    "paragraph",
                    (
                        "<p>The Equality and Human Rights Commission (EHRC) is responsible for "
                        "enforcing the Public Sector Bodies (Websites and Mobile Applications) "
                        "(No. 2) Accessibility Regulations 2018 (the accessibility "
                        "regulations).</p>"
                        "<p>If you are not happy with how we respond to your complaint, contact "
                        'the <a href="https://www.equalityadvisoryservice.com/">Equality Advisory '
                        "and Support Service (EASS)</a>.</p>"
                        "<p>If you live in Northern Ireland, contact the <a "
                        'href="https://www.equalityni.org/">Equality Commission for Northern '
                        "Ireland</a> instead.</p>"
                    ),
                ),
                ("heading", "Technical information about this website's accessibility"),
                (
                    "paragraph",
                    (
                        "<p>The Elmshire Digital Inclusion Partnership is committed to making its "
                        "website accessible, in line with the accessibility regulations.</p>"
                    ),
                ),
                ("heading", "Compliance status"),
                (
                    "paragraph",
                    (
                        "<p>This website is designed to be fully compliant with the <a "
                        'href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines '
                        "version 2.2</a> AA standard. We test every page type with automated "
                        "checks, and with keyboard and screen reader testing. We fix any problems "
                        "we find before we publish changes.</p>"
                    ),
                ),
                (
                    "details",
                    {
                        "summary": (
                            "Content that is not within the scope of the accessibility regulations"
                        ),
                        "body": (
                            "<p><b>Older PDFs and other documents</b></p>"
                            "<p>Some partners have shared PDF documents that were published before "
                            "23 September 2018. The regulations do not require us to fix these if "
                            "they are not essential to using our services. When a partner updates "
                            "one of these documents, we ask them to publish it as a web page "
                            "instead.</p>"
                            "<p><b>Content on other websites</b></p>"
                            "<p>Some pages link to our partners' own websites. We do not control "
                            "those websites, so this statement does not cover them.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "How we tested this website",
                        "body": (
                            "<p>We last tested this website in November 2026. We tested one "
                            "example of each type of page, such as the home page, the support "
                            "finder, event pages, guides, partner pages and forms. We used:</p>"
                            "<ul><li>automated checks, which also run every time we change the "
                            "website</li>"
                            "<li>a keyboard only, with no mouse</li>"
                            "<li>screen readers on a computer and on a phone</li>"
                            "<li>zoom at 400% and a small phone screen</li>"
                            "<li>pages in Arabic and Urdu, to check the right-to-left layout</li>"
                            "</ul>"
                            "<p>Residents who use assistive technology also tried the main tasks "
                            "and told us what to improve.</p>"
                        ),
                    },
                ),
                ("heading", "What we are doing to improve accessibility"),
                (
                    "paragraph",
                    (
                        "<p>We check every new feature for accessibility before we release it. We "
                        "ask partners to share information as web pages rather than PDFs. We also "
                        "train partner staff to write clear, accessible content.</p>"
                    ),
                ),
                ("heading", "Preparation of this accessibility statement"),
                (
                    "paragraph",
                    (
                        "<p>This statement was prepared on 20 November 2026. It was last reviewed "
                        "on 20 November 2026.</p>"
                        "<p>We will review it at least once a year, and each time we make a big "
                        "change to the website.</p>"
                    ),
                ),
            ],
        },
        "pl": {
            "title": "Deklaracja dostępności",
            "slug": "accessibility-statement",
            "search_description": (
                "Jak dostępna jest strona Charter Hub, jak poprosić o informacje w innym formacie "
                "i jak zgłosić problem."
            ),
            "intro": (
                "Chcemy, aby każdy mógł korzystać z tej strony. Z tej deklaracji dowiesz się, na "
                "ile strona jest dostępna i co zrobić, jeśli coś nie działa tak, jak trzeba."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Ta deklaracja dotyczy strony Charter Hub pod adresem "
                        "elmshire-digital.example. Stronę prowadzi Partnerstwo Elmshire na rzecz "
                        "Włączenia Cyfrowego (Elmshire Digital Inclusion Partnership).</p>"
                        "<p>Chcemy, aby mogło z niej korzystać jak najwięcej osób. Na przykład "
                        "możesz:</p>"
                        "<ul><li>zmieniać kolory, kontrast i czcionki w ustawieniach przeglądarki "
                        "lub urządzenia</li>"
                        "<li>powiększyć stronę do 400%, a tekst nie wyjdzie poza ekran</li>"
                        "<li>poruszać się po całej stronie za pomocą samej klawiatury</li>"
                        "<li>korzystać ze strony za pomocą programu do rozpoznawania mowy</li>"
                        "<li>słuchać strony za pomocą czytnika ekranu</li>"
                        "<li>korzystać z każdej podstrony bez JavaScriptu</li></ul>"
                        "<p>Staraliśmy się też pisać jak najprościej. Nasze strony są lekkie, więc "
                        "szybko ładują się na starszych telefonach i zużywają bardzo mało "
                        "danych.</p>"
                    ),
                ),
                ("heading", "Języki"),
                (
                    "paragraph",
                    (
                        "<p>Strona jest dostępna w językach: angielskim, polskim, rumuńskim, "
                        "ukraińskim, arabskim i urdu. Strony po arabsku i w urdu czyta się od "
                        "prawej do lewej.</p>"
                        "<p>Nie wszystkie strony są już przetłumaczone. Jeśli strona nie jest "
                        "dostępna w twoim języku, informujemy o tym na górze strony i pokazujemy "
                        "wersję angielską.</p>"
                    ),
                ),
                ("heading", "Na ile dostępna jest ta strona"),
                (
                    "paragraph",
                    (
                        "<p>Nie wiemy o żadnych częściach tej strony, z których trudno korzystać. "
                        "Mogliśmy jednak coś przeoczyć. Jeśli znajdziesz problem, daj nam znać.</p>"
                        "<p>Niektóre dokumenty udostępnione przez partnerów to starsze pliki PDF. "
                        "Mogą one źle działać z technologiami wspomagającymi. Możesz poprosić nas "
                        "o te dokumenty w innym formacie.</p>"
                    ),
                ),
                ("heading", "Co zrobić, jeśli nie możesz skorzystać z części strony"),
                (
                    "paragraph",
                    (
                        "<p>Jeśli potrzebujesz informacji z tej strony w innym formacie, "
                        "skontaktuj się z nami. Możesz poprosić na przykład o:</p>"
                        "<ul><li>dostępny plik PDF</li>"
                        "<li>wersję z dużym drukiem</li>"
                        "<li>wersję łatwą do czytania</li>"
                        "<li>nagranie audio</li>"
                        "<li>wersję w alfabecie Braille’a</li></ul>"
                        '<p>Zadzwoń na Cyfrową Linię Pomocy pod numer <a href="tel:+441632960123">'
                        "01632 960 123</a> od poniedziałku do piątku w godz. 9:00–17:00. Możesz "
                        'też napisać na adres <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                        "<p>Odpowiemy w ciągu 5 dni roboczych.</p>"
                    ),
                ),
                (
                    "inset",
                    (
                        "<p>Jeśli jesteś osobą głuchą lub słabosłyszącą albo masz trudności z "
                        "mówieniem, możesz zadzwonić do nas przez usługę tekstowego przekazywania "
                        "rozmów. Wybierz 18001, a potem 01632 960 123.</p>"
                    ),
                ),
                ("heading", "Zgłaszanie problemów z dostępnością"),
                (
                    "paragraph",
                    (
                        "<p>Stale pracujemy nad tym, aby ta strona była bardziej dostępna. Jeśli "
                        "znajdziesz problem, którego nie opisano na tej stronie, albo uważasz, że "
                        "nie spełniamy wymagań dostępności, daj nam znać.</p>"
                        '<p>Napisz na adres <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a> lub zadzwoń pod numer <a "
                        'href="tel:+441632960123">01632 960 123</a>. Podaj adres strony i opisz, '
                        "co nie zadziałało. Odpowiemy w ciągu 5 dni roboczych.</p>"
                    ),
                ),
                ("heading", "Egzekwowanie przepisów"),
                (
                    "paragraph",
                    (
                        "<p>Za egzekwowanie przepisów odpowiada Komisja ds. Równości i Praw "
                        "Człowieka (Equality and Human Rights Commission, EHRC). Chodzi o "
                        "brytyjskie rozporządzenie z 2018 roku w sprawie dostępności stron "
                        "internetowych i aplikacji mobilnych podmiotów publicznych (Public Sector "
                        "Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
                        "Regulations 2018), zwane dalej „przepisami o dostępności”.</p>"
                        "<p>Jeśli nie odpowiada ci sposób, w jaki rozpatrzyliśmy twoją skargę, "
                        'skontaktuj się z <a href="https://www.equalityadvisoryservice.com/">'
                        "Serwisem Doradztwa i Wsparcia w sprawach Równości (Equality Advisory and "
                        "Support Service, EASS)</a>.</p>"
                        "<p>Jeśli mieszkasz w Irlandii Północnej, skontaktuj się z <a "
                        'href="https://www.equalityni.org/">Komisją ds. Równości Irlandii '
                        "Północnej (Equality Commission for Northern Ireland)</a>.</p>"
                    ),
                ),
                ("heading", "Informacje techniczne o dostępności strony"),
                (
                    "paragraph",
                    (
                        "<p>Partnerstwo Elmshire na rzecz Włączenia Cyfrowego zobowiązuje się "
                        "zapewnić dostępność swojej strony internetowej zgodnie z przepisami o "
                        "dostępności.</p>"
                    ),
                ),
                ("heading", "Stan zgodności"),
                (
                    "paragraph",
                    (
                        "<p>Strona została zaprojektowana tak, aby była w pełni zgodna z poziomem "
                        'AA <a href="https://www.w3.org/TR/WCAG22/">Wytycznych dotyczących '
                        "dostępności treści internetowych (WCAG) w wersji 2.2</a>. Każdy typ "
                        "strony sprawdzamy za pomocą testów automatycznych, a także ręcznie – samą "
                        "klawiaturą i czytnikiem ekranu. Wszystkie znalezione problemy naprawiamy "
                        "przed opublikowaniem zmian.</p>"
                    ),
                ),
                (
                    "details",
                    {
                        "summary": "Treści, których nie obejmują przepisy o dostępności",
                        "body": (
                            "<p><b>Starsze pliki PDF i inne dokumenty</b></p>"
                            "<p>Niektórzy partnerzy udostępnili dokumenty PDF opublikowane przed "
                            "23 września 2018 r. Przepisy nie wymagają, abyśmy je poprawiali, "
                            "jeśli nie są niezbędne do korzystania z naszych usług. Gdy partner "
                            "aktualizuje taki dokument, prosimy, aby nową wersję opublikował jako "
                            "stronę internetową.</p>"
                            "<p><b>Treści na innych stronach internetowych</b></p>"
                            "<p>Niektóre strony zawierają linki do stron internetowych naszych "
                            "partnerów. Nie mamy wpływu na te strony, więc ta deklaracja ich nie "
                            "obejmuje.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Jak testowaliśmy tę stronę",
                        "body": (
                            "<p>Ostatnie testy przeprowadziliśmy w listopadzie 2026 r. "
                            "Sprawdziliśmy po jednym przykładzie każdego typu strony, m.in. stronę "
                            "główną, wyszukiwarkę pomocy, strony wydarzeń, poradniki, strony "
                            "partnerów i formularze. Korzystaliśmy z:</p>"
                            "<ul><li>testów automatycznych, które uruchamiają się też przy każdej "
                            "zmianie na stronie</li>"
                            "<li>samej klawiatury, bez myszy</li>"
                            "<li>czytników ekranu na komputerze i na telefonie</li>"
                            "<li>powiększenia do 400% i małego ekranu telefonu</li>"
                            "<li>stron po arabsku i w urdu, aby sprawdzić układ od prawej do "
                            "lewej</li></ul>"
                            "<p>Mieszkańcy, którzy na co dzień korzystają z technologii "
                            "wspomagających, również wypróbowali najważniejsze funkcje i "
                            "powiedzieli nam, co poprawić.</p>"
                        ),
                    },
                ),
                ("heading", "Co robimy, aby poprawić dostępność"),
                (
                    "paragraph",
                    (
                        "<p>Każdą nową funkcję sprawdzamy pod kątem dostępności, zanim ją "
                        "udostępnimy. Prosimy partnerów, aby publikowali informacje jako strony "
                        "internetowe, a nie pliki PDF. Szkolimy też pracowników partnerów z "
                        "pisania jasnych i dostępnych treści.</p>"
                    ),
                ),
                ("heading", "Przygotowanie deklaracji dostępności"),
                (
                    "paragraph",
                    (
                        "<p>Deklarację przygotowano 20 listopada 2026 r. Ostatni przegląd "
                        "przeprowadzono 20 listopada 2026 r.</p>"
                        "<p>Będziemy ją sprawdzać co najmniej raz w roku oraz przy każdej dużej "
                        "zmianie na stronie.</p>"
                    ),
                ),
            ],
        },
        "ro": {
            "title": "Declarație de accesibilitate",
            "slug": "accessibility-statement",
            "search_description": (
                "Cât de accesibil este site-ul Charter Hub, cum puteți cere informații în alt "
                "format și cum puteți raporta o problemă."
            ),
            "intro": (
                "Vrem ca oricine să poată folosi acest site. Această declarație arată cât de "
                "accesibil este și ce puteți face dacă ceva nu funcționează pentru dumneavoastră."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Această declarație se aplică site-ului Charter Hub, la adresa "
                        "elmshire-digital.example. Site-ul este administrat de Parteneriatul "
                        "pentru Incluziune Digitală din Elmshire (Elmshire Digital Inclusion "
                        "Partnership).</p>"
                        "<p>Vrem ca site-ul să poată fi folosit de cât mai multe persoane. De "
                        "exemplu, ar trebui să puteți:</p>"
                        "<ul><li>schimba culorile, contrastul și fonturile din setările "
                        "browserului sau ale dispozitivului</li>"
                        "<li>mări pagina până la 400% fără ca textul să iasă din ecran</li>"
                        "<li>naviga pe tot site-ul folosind doar tastatura</li>"
                        "<li>folosi site-ul cu un program de recunoaștere vocală</li>"
                        "<li>asculta site-ul cu un cititor de ecran</li>"
                        "<li>folosi orice pagină fără JavaScript</li></ul>"
                        "<p>Am scris textele cât mai simplu. Paginile noastre sunt mici, așa că se "
                        "încarcă repede pe telefoanele mai vechi și consumă foarte puține date.</p>"
                    ),
                ),
                ("heading", "Limbi"),
                (
                    "paragraph",
                    (
                        "<p>Site-ul este disponibil în engleză, poloneză, română, ucraineană, "
                        "arabă și urdu. Paginile în arabă și urdu se citesc de la dreapta la "
                        "stânga.</p>"
                        "<p>Nu toate paginile sunt traduse încă. Dacă o pagină nu este disponibilă "
                        "în limba dumneavoastră, vă anunțăm în partea de sus a paginii și vă "
                        "arătăm versiunea în engleză.</p>"
                    ),
                ),
                ("heading", "Cât de accesibil este acest site"),
                (
                    "paragraph",
                    (
                        "<p>Nu știm de nicio parte a site-ului care să fie greu de folosit. "
                        "Totuși, este posibil să ne fi scăpat ceva. Dacă găsiți o problemă, vă "
                        "rugăm să ne spuneți.</p>"
                        "<p>Unele documente puse la dispoziție de parteneri sunt fișiere PDF mai "
                        "vechi. Acestea s-ar putea să nu funcționeze bine cu tehnologiile de "
                        "asistare. Ni le puteți cere într-un alt format.</p>"
                    ),
                ),
                ("heading", "Ce faceți dacă nu puteți accesa anumite părți ale site-ului"),
                (
                    "paragraph",
                    (
                        "<p>Dacă aveți nevoie de informațiile de pe acest site într-un alt format, "
                        "contactați-ne. De exemplu, puteți cere:</p>"
                        "<ul><li>un PDF accesibil</li>"
                        "<li>o versiune cu litere mari</li>"
                        "<li>o versiune ușor de citit</li>"
                        "<li>o înregistrare audio</li>"
                        "<li>o versiune în Braille</li></ul>"
                        '<p>Sunați la Linia de asistență digitală la <a href="tel:+441632960123">'
                        "01632 960 123</a>, de luni până vineri, între orele 9:00 și 17:00. Ne "
                        'puteți scrie și la <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                        "<p>Vă răspundem în cel mult 5 zile lucrătoare.</p>"
                    ),
                ),
                (
                    "inset",
                    (
                        "<p>Dacă sunteți o persoană surdă sau cu deficiențe de auz ori de vorbire, "
                        "ne puteți suna printr-un serviciu de intermediere a apelurilor prin text. "
                        "Formați 18001, apoi 01632 960 123.</p>"
                    ),
                ),
                ("heading", "Raportarea problemelor de accesibilitate"),
                (
                    "paragraph",
                    (
                        "<p>Căutăm mereu să facem acest site mai accesibil. Dacă găsiți o problemă "
                        "care nu este descrisă pe această pagină sau credeți că nu respectăm "
                        "cerințele de accesibilitate, vă rugăm să ne spuneți.</p>"
                        '<p>Scrieți-ne la <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a> sau sunați la <a "
                        'href="tel:+441632960123">01632 960 123</a>. Spuneți-ne adresa paginii și '
                        "ce nu a funcționat. Vă răspundem în cel mult 5 zile lucrătoare.</p>"
                    ),
                ),
                ("heading", "Procedura de control al aplicării"),
                (
                    "paragraph",
                    (
                        "<p>Comisia pentru Egalitate și Drepturile Omului (Equality and Human "
                        "Rights Commission, EHRC) răspunde de aplicarea Regulamentului din 2018 "
                        "privind accesibilitatea site-urilor web și a aplicațiilor mobile ale "
                        "organismelor din sectorul public (Public Sector Bodies (Websites and "
                        "Mobile Applications) (No. 2) Accessibility Regulations 2018), numit în "
                        "continuare „regulamentul privind accesibilitatea”.</p>"
                        "<p>Dacă nu sunteți de acord cu felul în care am răspuns la plângerea "
                        "dumneavoastră, contactați <a "
                        'href="https://www.equalityadvisoryservice.com/">Serviciul de consiliere '
                        "și sprijin în domeniul egalității (Equality Advisory and Support Service, "
                        "EASS)</a>.</p>"
                        "<p>Dacă locuiți în Irlanda de Nord, contactați <a "
                        'href="https://www.equalityni.org/">Comisia pentru Egalitate din Irlanda '
                        "de Nord (Equality Commission for Northern Ireland)</a>.</p>"
                    ),
                ),
                ("heading", "Informații tehnice despre accesibilitatea site-ului"),
                (
                    "paragraph",
                    (
                        "<p>Parteneriatul pentru Incluziune Digitală din Elmshire se angajează să "
                        "își facă site-ul accesibil, în conformitate cu regulamentul privind "
                        "accesibilitatea.</p>"
                    ),
                ),
                ("heading", "Stadiul conformității"),
                (
                    "paragraph",
                    (
                        "<p>Acest site este conceput pentru a respecta pe deplin nivelul AA din <a "
                        'href="https://www.w3.org/TR/WCAG22/">Ghidurile pentru accesibilitatea '
                        "conținutului web (WCAG), versiunea 2.2</a>. Testăm fiecare tip de pagină "
                        "cu verificări automate, dar și folosind doar tastatura și un cititor de "
                        "ecran. Rezolvăm orice problemă găsită înainte de a publica "
                        "modificările.</p>"
                    ),
                ),
                (
                    "details",
                    {
                        "summary": (
                            "Conținut care nu intră sub incidența regulamentului privind "
                            "accesibilitatea"
                        ),
                        "body": (
                            "<p><b>PDF-uri și alte documente mai vechi</b></p>"
                            "<p>Unii parteneri au pus la dispoziție documente PDF publicate "
                            "înainte de 23 septembrie 2018. Regulamentul nu ne obligă să le "
                            "corectăm dacă nu sunt esențiale pentru folosirea serviciilor noastre. "
                            "Când un partener actualizează un astfel de document, îi cerem să îl "
                            "publice ca pagină web.</p>"
                            "<p><b>Conținut de pe alte site-uri</b></p>"
                            "<p>Unele pagini au linkuri către site-urile partenerilor noștri. Nu "
                            "controlăm acele site-uri, așa că această declarație nu se aplică "
                            "acestora.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Cum am testat acest site",
                        "body": (
                            "<p>Am testat site-ul ultima dată în noiembrie 2026. Am verificat câte "
                            "un exemplu din fiecare tip de pagină, cum ar fi pagina principală, "
                            "căutarea de servicii de sprijin, paginile de evenimente, ghidurile, "
                            "paginile partenerilor și formularele. Am folosit:</p>"
                            "<ul><li>verificări automate, care rulează și la fiecare modificare a "
                            "site-ului</li>"
                            "<li>doar tastatura, fără mouse</li>"
                            "<li>cititoare de ecran pe calculator și pe telefon</li>"
                            "<li>mărirea la 400% și ecranul mic al unui telefon</li>"
                            "<li>pagini în arabă și urdu, pentru a verifica afișarea de la dreapta "
                            "la stânga</li></ul>"
                            "<p>Și locuitori care folosesc tehnologii de asistare au încercat "
                            "principalele activități de pe site și ne-au spus ce să "
                            "îmbunătățim.</p>"
                        ),
                    },
                ),
                ("heading", "Ce facem pentru a îmbunătăți accesibilitatea"),
                (
                    "paragraph",
                    (
                        "<p>Verificăm accesibilitatea fiecărei funcții noi înainte de a o lansa. "
                        "Le cerem partenerilor să publice informațiile ca pagini web, nu ca "
                        "fișiere PDF. De asemenea, îi instruim pe angajații partenerilor să scrie "
                        "conținut clar și accesibil.</p>"
                    ),
                ),
                ("heading", "Pregătirea acestei declarații de accesibilitate"),
                (
                    "paragraph",
                    (
                        "<p>Această declarație a fost pregătită pe 20 noiembrie 2026. A fost "
                        "revizuită ultima dată pe 20 noiembrie 2026.</p>"
                        "<p>O vom revizui cel puțin o dată pe an și de fiecare dată când facem o "
                        "schimbare importantă pe site.</p>"
                    ),
                ),
            ],
        },
        "uk": {
            "title": "Заява про доступність",
            "slug": "accessibility-statement",
            "search_description": (
                "Наскільки доступний сайт Charter Hub, як отримати інформацію в іншому форматі та "
                "як повідомити про проблему."
            ),
            "intro": (
                "Ми хочемо, щоб цим сайтом міг користуватися кожен. У цій заяві пояснено, "
                "наскільки сайт доступний і що робити, якщо щось для вас не працює."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Ця заява стосується сайту Charter Hub за адресою "
                        "elmshire-digital.example. Сайтом керує Партнерство з цифрової інклюзії "
                        "Елмширу (Elmshire Digital Inclusion Partnership).</p>"
                        "<p>Ми хочемо, щоб сайтом могло користуватися якомога більше людей. "
                        "Наприклад, ви можете:</p>"
                        "<ul><li>змінювати кольори, контрастність і шрифти в налаштуваннях "
                        "браузера чи пристрою</li>"
                        "<li>збільшувати масштаб до 400% так, щоб текст не виходив за межі "
                        "екрана</li>"
                        "<li>переходити по всьому сайту лише за допомогою клавіатури</li>"
                        "<li>користуватися сайтом за допомогою програм розпізнавання мовлення</li>"
                        "<li>слухати сайт за допомогою програми зчитування з екрана</li>"
                        "<li>користуватися будь-якою сторінкою без JavaScript</li></ul>"
                        "<p>Ми також намагалися писати якомога простіше. Наші сторінки легкі, тому "
                        "швидко завантажуються на старих телефонах і витрачають дуже мало "
                        "мобільного трафіку.</p>"
                    ),
                ),
                ("heading", "Мови"),
                (
                    "paragraph",
                    (
                        "<p>Сайт доступний англійською, польською, румунською, українською, "
                        "арабською мовами та мовою урду. Сторінки арабською та урду читаються "
                        "справа наліво.</p>"
                        "<p>Перекладено ще не всі сторінки. Якщо сторінки немає вашою мовою, ми "
                        "повідомимо про це вгорі сторінки й покажемо англійську версію.</p>"
                    ),
                ),
                ("heading", "Наскільки доступний цей сайт"),
                (
                    "paragraph",
                    (
                        "<p>Нам не відомо про частини сайту, якими складно користуватися. Проте ми "
                        "могли щось пропустити. Якщо ви знайдете проблему, будь ласка, дайте нам "
                        "знати.</p>"
                        "<p>Деякі документи від партнерів — це старіші файли PDF. Вони можуть "
                        "погано працювати з допоміжними технологіями. Ви можете попросити нас "
                        "надати їх в іншому форматі.</p>"
                    ),
                ),
                ("heading", "Що робити, якщо ви не можете скористатися частиною сайту"),
                (
                    "paragraph",
                    (
                        "<p>Якщо вам потрібна інформація з цього сайту в іншому форматі, "
                        "зв’яжіться з нами. Наприклад, ви можете попросити:</p>"
                        "<ul><li>доступний файл PDF</li>"
                        "<li>версію великим шрифтом</li>"
                        "<li>спрощену версію, яку легко читати</li>"
                        "<li>аудіозапис</li>"
                        "<li>версію шрифтом Брайля</li></ul>"
                        "<p>Зателефонуйте на Цифрову лінію допомоги за номером <a "
                        'href="tel:+441632960123">01632 960 123</a> з понеділка по п’ятницю, з '
                        "9:00 до 17:00. Або напишіть на <a "
                        'href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                        "<p>Ми відповімо протягом 5 робочих днів.</p>"
                    ),
                ),
                (
                    "inset",
                    (
                        "<p>Якщо ви глухі, погано чуєте або маєте порушення мовлення, ви можете "
                        "зателефонувати нам через службу текстового ретранслювання дзвінків. "
                        "Наберіть 18001, а потім 01632 960 123.</p>"
                    ),
                ),
                ("heading", "Як повідомити про проблеми з доступністю"),
                (
                    "paragraph",
                    (
                        "<p>Ми постійно працюємо над тим, щоб сайт ставав доступнішим. Якщо ви "
                        "знайшли проблему, про яку не сказано на цій сторінці, або вважаєте, що ми "
                        "не виконуємо вимог щодо доступності, будь ласка, дайте нам знати.</p>"
                        '<p>Напишіть на <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a> або зателефонуйте за номером <a "
                        'href="tel:+441632960123">01632 960 123</a>. Вкажіть адресу сторінки й '
                        "опишіть, що саме не спрацювало. Ми відповімо протягом 5 робочих днів.</p>"
                    ),
                ),
                ("heading", "Порядок забезпечення виконання вимог"),
                (
                    "paragraph",
                    (
                        "<p>Комісія з питань рівності та прав людини (Equality and Human Rights "
                        "Commission, EHRC) контролює виконання британських Правил доступності "
                        "вебсайтів і мобільних застосунків органів публічного сектору 2018 року "
                        "(Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
                        "Accessibility Regulations 2018), далі — «правила доступності».</p>"
                        "<p>Якщо вас не влаштовує наша відповідь на вашу скаргу, зверніться до <a "
                        'href="https://www.equalityadvisoryservice.com/">Служби консультацій і '
                        "підтримки з питань рівності (Equality Advisory and Support Service, "
                        "EASS)</a>.</p>"
                        "<p>Якщо ви живете в Північній Ірландії, зверніться до <a "
                        'href="https://www.equalityni.org/">Комісії з питань рівності Північної '
                        "Ірландії (Equality Commission for Northern Ireland)</a>.</p>"
                    ),
                ),
                ("heading", "Технічна інформація про доступність сайту"),
                (
                    "paragraph",
                    (
                        "<p>Партнерство з цифрової інклюзії Елмширу зобов’язується зробити свій "
                        "сайт доступним відповідно до правил доступності.</p>"
                    ),
                ),
                ("heading", "Стан відповідності"),
                (
                    "paragraph",
                    (
                        "<p>Цей сайт розроблено так, щоб він повністю відповідав рівню AA <a "
                        'href="https://www.w3.org/TR/WCAG22/">Настанов із доступності вебвмісту '
                        "(WCAG) версії 2.2</a>. Ми перевіряємо кожен тип сторінки автоматичними "
                        "засобами, а також вручну — лише з клавіатурою та з програмою зчитування з "
                        "екрана. Усі знайдені проблеми ми виправляємо до того, як опублікувати "
                        "зміни.</p>"
                    ),
                ),
                (
                    "details",
                    {
                        "summary": "Вміст, на який не поширюються правила доступності",
                        "body": (
                            "<p><b>Старіші PDF та інші документи</b></p>"
                            "<p>Деякі партнери надали документи PDF, опубліковані до 23 вересня "
                            "2018 року. Правила не вимагають від нас їх виправляти, якщо вони не "
                            "потрібні для користування нашими послугами. Коли партнер оновлює "
                            "такий документ, ми просимо опублікувати його як вебсторінку.</p>"
                            "<p><b>Вміст інших сайтів</b></p>"
                            "<p>Деякі сторінки містять посилання на власні сайти наших партнерів. "
                            "Ми не керуємо цими сайтами, тому ця заява на них не поширюється.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Як ми перевіряли цей сайт",
                        "body": (
                            "<p>Востаннє ми перевіряли сайт у листопаді 2026 року. Ми перевірили "
                            "по одному прикладу кожного типу сторінок, як-от головну сторінку, "
                            "пошук допомоги, сторінки подій, посібники, сторінки партнерів і "
                            "форми. Ми використовували:</p>"
                            "<ul><li>автоматичні перевірки, які також запускаються після кожної "
                            "зміни на сайті</li>"
                            "<li>лише клавіатуру, без миші</li>"
                            "<li>програми зчитування з екрана на комп’ютері та на телефоні</li>"
                            "<li>збільшення масштабу до 400% і малий екран телефона</li>"
                            "<li>сторінки арабською та урду, щоб перевірити відображення справа "
                            "наліво</li></ul>"
                            "<p>Мешканці, які користуються допоміжними технологіями, також "
                            "виконали основні завдання на сайті й підказали нам, що покращити.</p>"
                        ),
                    },
                ),
                ("heading", "Що ми робимо, щоб покращити доступність"),
                (
                    "paragraph",
                    (
                        "<p>Ми перевіряємо кожну нову функцію на доступність, перш ніж її "
                        "запустити. Ми просимо партнерів публікувати інформацію як вебсторінки, а "
                        "не як файли PDF. Також ми навчаємо працівників партнерів писати зрозумілі "
                        "та доступні тексти.</p>"
                    ),
                ),
                ("heading", "Підготовка цієї заяви про доступність"),
                (
                    "paragraph",
                    (
                        "<p>Цю заяву підготовлено 20 листопада 2026 року. Востаннє її переглянуто "
                        "20 листопада 2026 року.</p>"
                        "<p>Ми переглядатимемо її щонайменше раз на рік, а також після кожної "
                        "великої зміни на сайті.</p>"
                    ),
                ),
            ],
        },
        "ar": {
            "title": "بيان إمكانية الوصول",
            "slug": "accessibility-statement",
            "search_description": (
                "مدى سهولة استخدام موقع Charter Hub للجميع، وكيف تطلب المعلومات بصيغة أخرى، وكيف "
                "تبلّغ عن مشكلة."
            ),
            "intro": (
                "نريد أن يتمكن الجميع من استخدام هذا الموقع. يوضح هذا البيان مدى سهولة الوصول "
                "إليه، وما يمكنك فعله إذا واجهت شيئًا لا يعمل كما ينبغي."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>ينطبق هذا البيان على موقع Charter Hub على العنوان "
                        "elmshire-digital.example. وتتولى إدارة الموقع شراكة إلمشاير للشمول الرقمي "
                        "(Elmshire Digital Inclusion Partnership).</p>"
                        "<p>نريد أن يتمكن أكبر عدد ممكن من الناس من استخدام الموقع. فعلى سبيل "
                        "المثال، ينبغي أن تتمكن من:</p>"
                        "<ul><li>تغيير الألوان ودرجة التباين والخطوط من إعدادات المتصفح أو "
                        "الجهاز</li>"
                        "<li>تكبير الصفحة حتى 400% دون أن يخرج النص عن حدود الشاشة</li>"
                        "<li>التنقل في الموقع كله باستخدام لوحة المفاتيح فقط</li>"
                        "<li>استخدام الموقع ببرامج التعرّف على الكلام</li>"
                        "<li>الاستماع إلى الموقع باستخدام قارئ الشاشة</li>"
                        "<li>استخدام كل صفحة دون الحاجة إلى JavaScript</li></ul>"
                        "<p>وقد كتبنا النصوص بأبسط لغة ممكنة. صفحاتنا خفيفة، لذلك تُفتح بسرعة على "
                        "الهواتف القديمة وتستهلك القليل جدًا من البيانات.</p>"
                    ),
                ),
                ("heading", "اللغات"),
                (
                    "paragraph",
                    (
                        "<p>هذا الموقع متاح باللغات الإنجليزية والبولندية والرومانية والأوكرانية "
                        "والعربية والأردية. وتُقرأ الصفحات العربية والأردية من اليمين إلى "
                        "اليسار.</p>"
                        "<p>لم تُترجم كل الصفحات بعد. إذا لم تكن الصفحة متاحة بلغتك، نخبرك بذلك في "
                        "أعلى الصفحة ونعرض لك النسخة الإنجليزية.</p>"
                    ),
                ),
                ("heading", "مدى سهولة الوصول إلى هذا الموقع"),
                (
                    "paragraph",
                    (
                        "<p>لا نعلم بوجود أي جزء من هذا الموقع يصعب استخدامه، لكن ربما فاتنا شيء. "
                        "إذا وجدت مشكلة، فأخبرنا بها من فضلك.</p>"
                        "<p>بعض المستندات التي شاركها الشركاء ملفات PDF قديمة، وقد لا تعمل جيدًا "
                        "مع التقنيات المساعدة. يمكنك أن تطلبها منا بصيغة أخرى.</p>"
                    ),
                ),
                ("heading", "ماذا تفعل إذا لم تتمكن من استخدام أجزاء من هذا الموقع"),
                (
                    "paragraph",
                    (
                        "<p>إذا احتجت إلى معلومات من هذا الموقع بصيغة مختلفة، فتواصل معنا. يمكنك "
                        "مثلًا أن تطلب:</p>"
                        "<ul><li>ملف PDF سهل الوصول</li>"
                        "<li>نسخة بخط كبير</li>"
                        "<li>نسخة سهلة القراءة</li>"
                        "<li>تسجيلًا صوتيًا</li>"
                        "<li>نسخة بطريقة برايل</li></ul>"
                        '<p>اتصل بخط المساعدة الرقمية على الرقم <a href="tel:+441632960123">'
                        "01632\u00a0960\u00a0123</a> من الاثنين إلى الجمعة، من الساعة 9 صباحًا حتى "
                        "5 مساءً. أو راسلنا بالبريد الإلكتروني على <a "
                        'href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                        "<p>سنرد عليك خلال 5 أيام عمل.</p>"
                    ),
                ),
                (
                    "inset",
                    (
                        "<p>إذا كنت أصم أو ضعيف السمع أو تجد صعوبة في الكلام، يمكنك الاتصال بنا "
                        "عبر خدمة المكالمات النصية. اطلب الرقم 18001 ثم "
                        "01632\u00a0960\u00a0123.</p>"
                    ),
                ),
                ("heading", "الإبلاغ عن مشكلات إمكانية الوصول في هذا الموقع"),
                (
                    "paragraph",
                    (
                        "<p>نسعى دائمًا إلى تحسين إمكانية الوصول إلى هذا الموقع. إذا وجدت مشكلة "
                        "غير مذكورة في هذه الصفحة، أو رأيت أننا لا نلبي متطلبات إمكانية الوصول، "
                        "فأخبرنا من فضلك.</p>"
                        '<p>راسلنا على <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a> أو اتصل على <a "
                        'href="tel:+441632960123">01632\u00a0960\u00a0123</a>. اذكر لنا عنوان '
                        "الصفحة واشرح ما الذي لم يعمل. سنرد عليك خلال 5 أيام عمل.</p>"
                    ),
                ),
                ("heading", "إجراءات التنفيذ"),
                (
                    "paragraph",
                    (
                        "<p>لجنة المساواة وحقوق الإنسان (Equality and Human Rights Commission) هي "
                        "الجهة المسؤولة عن تطبيق اللوائح البريطانية لعام 2018 بشأن إمكانية الوصول "
                        "إلى مواقع الهيئات العامة وتطبيقاتها للهواتف المحمولة (Public Sector "
                        "Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
                        "Regulations 2018)، والتي نسميها هنا «لوائح إمكانية الوصول».</p>"
                        "<p>إذا لم تكن راضيًا عن طريقة ردنا على شكواك، فتواصل مع <a "
                        'href="https://www.equalityadvisoryservice.com/">خدمة الاستشارات والدعم في '
                        "مجال المساواة (Equality Advisory and Support Service)</a>.</p>"
                        "<p>وإذا كنت تعيش في أيرلندا الشمالية، فتواصل مع <a "
                        'href="https://www.equalityni.org/">لجنة المساواة في أيرلندا الشمالية '
                        "(Equality Commission for Northern Ireland)</a>.</p>"
                    ),
                ),
                ("heading", "معلومات تقنية عن إمكانية الوصول إلى هذا الموقع"),
                (
                    "paragraph",
                    (
                        "<p>تلتزم شراكة إلمشاير للشمول الرقمي بجعل موقعها سهل الوصول للجميع، وفقًا "
                        "للوائح إمكانية الوصول.</p>"
                    ),
                ),
                ("heading", "حالة الامتثال"),
                (
                    "paragraph",
                    (
                        "<p>صُمم هذا الموقع ليكون ممتثلًا بالكامل للمستوى AA من <a "
                        'href="https://www.w3.org/TR/WCAG22/">إرشادات إمكانية الوصول إلى محتوى '
                        "الويب (WCAG)، الإصدار 2.2</a>. نختبر كل نوع من الصفحات بفحوصات آلية، "
                        "وكذلك باستخدام لوحة المفاتيح وحدها وقارئ الشاشة. ونصلح أي مشكلة نجدها قبل "
                        "نشر التغييرات.</p>"
                    ),
                ),
                (
                    "details",
                    {
                        "summary": "محتوى لا تشمله لوائح إمكانية الوصول",
                        "body": (
                            "<p><b>ملفات PDF ومستندات أخرى قديمة</b></p>"
                            "<p>شارك بعض الشركاء مستندات PDF نُشرت قبل 23 سبتمبر 2018. ولا تُلزمنا "
                            "اللوائح بإصلاحها إذا لم تكن ضرورية لاستخدام خدماتنا. وعندما يحدّث أحد "
                            "الشركاء مستندًا من هذه المستندات، نطلب منه نشره كصفحة ويب.</p>"
                            "<p><b>محتوى المواقع الأخرى</b></p>"
                            "<p>تحتوي بعض الصفحات على روابط إلى مواقع شركائنا. نحن لا نتحكم في تلك "
                            "المواقع، لذلك لا يشملها هذا البيان.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "كيف اختبرنا هذا الموقع",
                        "body": (
                            "<p>اختبرنا هذا الموقع آخر مرة في نوفمبر 2026. فحصنا مثالًا واحدًا من "
                            "كل نوع من الصفحات، مثل الصفحة الرئيسية وأداة البحث عن الدعم وصفحات "
                            "الفعاليات والأدلة وصفحات الشركاء والنماذج. واستخدمنا:</p>"
                            "<ul><li>فحوصات آلية تعمل أيضًا في كل مرة نغيّر فيها الموقع</li>"
                            "<li>لوحة المفاتيح فقط، دون فأرة</li>"
                            "<li>قارئات الشاشة على الكمبيوتر وعلى الهاتف</li>"
                            "<li>التكبير حتى 400% وشاشة هاتف صغيرة</li>"
                            "<li>الصفحات العربية والأردية، للتأكد من صحة العرض من اليمين إلى "
                            "اليسار</li></ul>"
                            "<p>كما جرّب سكان يستخدمون التقنيات المساعدة المهام الرئيسية في "
                            "الموقع، وأخبرونا بما يجب تحسينه.</p>"
                        ),
                    },
                ),
                ("heading", "ما نفعله لتحسين إمكانية الوصول"),
                (
                    "paragraph",
                    (
                        "<p>نتحقق من سهولة استخدام كل ميزة جديدة قبل إطلاقها. ونطلب من الشركاء نشر "
                        "المعلومات كصفحات ويب بدلًا من ملفات PDF. كما ندرّب موظفي الشركاء على "
                        "كتابة محتوى واضح وسهل الوصول.</p>"
                    ),
                ),
                ("heading", "إعداد بيان إمكانية الوصول هذا"),
                (
                    "paragraph",
                    (
                        "<p>أُعدّ هذا البيان في 20 نوفمبر 2026، وأُجريت آخر مراجعة له في 20 نوفمبر "
                        "2026.</p>"
                        "<p>سنراجعه مرة واحدة في السنة على الأقل، وكلما أجرينا تغييرًا كبيرًا على "
                        "الموقع.</p>"
                    ),
                ),
            ],
        },
        "ur": {
            "title": "رسائی کا بیان",
            "slug": "accessibility-statement",
            "search_description": (
                "Charter Hub ویب سائٹ کتنی قابلِ رسائی ہے، معلومات کسی دوسری شکل میں کیسے مانگیں "
                "اور کسی مسئلے کی اطلاع کیسے دیں۔"
            ),
            "intro": (
                "ہم چاہتے ہیں کہ ہر کوئی یہ ویب سائٹ استعمال کر سکے۔ یہ بیان بتاتا ہے کہ ویب سائٹ "
                "کتنی قابلِ رسائی ہے اور اگر کوئی چیز آپ کے لیے کام نہ کرے تو آپ کیا کر سکتے ہیں۔"
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>یہ بیان elmshire-digital.example پر موجود Charter Hub ویب سائٹ کے بارے "
                        "میں ہے۔ یہ ویب سائٹ ایلمشائر ڈیجیٹل شمولیت پارٹنرشپ (Elmshire Digital "
                        "Inclusion Partnership) چلاتی ہے۔</p>"
                        "<p>ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ اسے استعمال کر سکیں۔ مثال کے طور "
                        "پر، آپ کو یہ سب کرنے کے قابل ہونا چاہیے:</p>"
                        "<ul><li>اپنے براؤزر یا آلے کی سیٹنگز سے رنگ، کنٹراسٹ اور فونٹ تبدیل "
                        "کرنا</li>"
                        "<li>صفحے کو 400% تک بڑا کرنا، اس طرح کہ متن اسکرین سے باہر نہ نکلے</li>"
                        "<li>صرف کی بورڈ کے ذریعے پوری ویب سائٹ میں آگے پیچھے جانا</li>"
                        "<li>آواز پہچاننے والے سافٹ ویئر کے ساتھ ویب سائٹ استعمال کرنا</li>"
                        "<li>اسکرین ریڈر کے ذریعے ویب سائٹ کو سننا</li>"
                        "<li>JavaScript کے بغیر ہر صفحہ استعمال کرنا</li></ul>"
                        "<p>ہم نے متن کو جتنا ہو سکا آسان لکھا ہے۔ ہمارے صفحات ہلکے ہیں، اس لیے یہ "
                        "پرانے فونز پر جلدی کھلتے ہیں اور بہت کم ڈیٹا خرچ کرتے ہیں۔</p>"
                    ),
                ),
                ("heading", "زبانیں"),
                (
                    "paragraph",
                    (
                        "<p>یہ ویب سائٹ انگریزی، پولش، رومانیائی، یوکرینی، عربی اور اردو میں "
                        "دستیاب ہے۔ عربی اور اردو کے صفحات دائیں سے بائیں پڑھے جاتے ہیں۔</p>"
                        "<p>ابھی تمام صفحات کا ترجمہ نہیں ہوا۔ اگر کوئی صفحہ آپ کی زبان میں دستیاب "
                        "نہیں ہے تو ہم صفحے کے اوپر آپ کو بتاتے ہیں اور اس کا انگریزی ورژن دکھاتے "
                        "ہیں۔</p>"
                    ),
                ),
                ("heading", "یہ ویب سائٹ کتنی قابلِ رسائی ہے"),
                (
                    "paragraph",
                    (
                        "<p>ہمیں اس ویب سائٹ کے کسی ایسے حصے کا علم نہیں جسے استعمال کرنا مشکل ہو۔ "
                        "لیکن ہو سکتا ہے کہ ہم سے کوئی چیز رہ گئی ہو۔ اگر آپ کو کوئی مسئلہ نظر آئے "
                        "تو براہِ کرم ہمیں بتائیں۔</p>"
                        "<p>شراکت داروں کی طرف سے دی گئی کچھ دستاویزات پرانی PDF فائلیں ہیں۔ ہو "
                        "سکتا ہے یہ معاون ٹیکنالوجی کے ساتھ ٹھیک سے کام نہ کریں۔ آپ ہم سے یہ کسی "
                        "دوسری شکل میں مانگ سکتے ہیں۔</p>"
                    ),
                ),
                ("heading", "اگر آپ اس ویب سائٹ کے کچھ حصے استعمال نہ کر سکیں تو کیا کریں"),
                (
                    "paragraph",
                    (
                        "<p>اگر آپ کو اس ویب سائٹ کی معلومات کسی دوسری شکل میں چاہییں تو ہم سے "
                        "رابطہ کریں۔ مثال کے طور پر، آپ یہ مانگ سکتے ہیں:</p>"
                        "<ul><li>قابلِ رسائی PDF</li>"
                        "<li>بڑے حروف میں چھپی ہوئی نقل</li>"
                        "<li>آسانی سے پڑھا جانے والا ورژن</li>"
                        "<li>آڈیو ریکارڈنگ</li>"
                        "<li>بریل میں نقل</li></ul>"
                        '<p>ڈیجیٹل ہیلپ لائن کو <a href="tel:+441632960123">'
                        "01632\u00a0960\u00a0123</a> پر پیر سے جمعہ، صبح 9 بجے سے شام 5 بجے تک کال "
                        'کریں۔ یا <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a> پر ای میل کریں۔</p>"
                        "<p>ہم 5 کاروباری دنوں کے اندر جواب دیں گے۔</p>"
                    ),
                ),
                (
                    "inset",
                    (
                        "<p>اگر آپ سن نہیں سکتے، کم سنتے ہیں یا آپ کو بولنے میں دشواری ہے، تو آپ "
                        "ٹیکسٹ ریلے سروس کے ذریعے ہمیں کال کر سکتے ہیں۔ پہلے 18001 ملائیں، پھر "
                        "01632\u00a0960\u00a0123 ملائیں۔</p>"
                    ),
                ),
                ("heading", "اس ویب سائٹ پر رسائی کے مسائل کی اطلاع دینا"),
                (
                    "paragraph",
                    (
                        "<p>ہم اس ویب سائٹ کی رسائی کو بہتر بنانے کی مسلسل کوشش کرتے ہیں۔ اگر آپ "
                        "کو کوئی ایسا مسئلہ ملے جو اس صفحے پر درج نہیں، یا آپ سمجھتے ہیں کہ ہم "
                        "رسائی کے تقاضے پورے نہیں کر رہے، تو براہِ کرم ہمیں بتائیں۔</p>"
                        '<p><a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a> پر ای میل کریں یا <a "
                        'href="tel:+441632960123">01632\u00a0960\u00a0123</a> پر کال کریں۔ ہمیں '
                        "صفحے کا ویب ایڈریس بتائیں اور یہ بھی کہ کیا مسئلہ پیش آیا۔ ہم 5 کاروباری "
                        "دنوں کے اندر جواب دیں گے۔</p>"
                    ),
                ),
                ("heading", "ضوابط پر عمل درآمد کا طریقۂ کار"),
                (
                    "paragraph",
                    (
                        "<p>مساوات اور انسانی حقوق کمیشن (Equality and Human Rights Commission) "
                        "برطانیہ میں سرکاری اداروں کی ویب سائٹس اور موبائل ایپس کے لیے رسائی کے "
                        "2018 کے ضوابط (Public Sector Bodies (Websites and Mobile Applications) "
                        "(No. 2) Accessibility Regulations 2018) پر عمل درآمد کرانے کا ذمہ دار ہے۔ "
                        "یہاں ہم انہیں رسائی کے ضوابط کہتے ہیں۔</p>"
                        "<p>اگر آپ اپنی شکایت پر ہمارے جواب سے مطمئن نہیں ہیں تو <a "
                        'href="https://www.equalityadvisoryservice.com/">مساوات سے متعلق مشاورت '
                        "اور معاونت سروس (Equality Advisory and Support Service)</a> سے رابطہ "
                        "کریں۔</p>"
                        "<p>اگر آپ شمالی آئرلینڈ میں رہتے ہیں تو <a "
                        'href="https://www.equalityni.org/">شمالی آئرلینڈ کے مساوات کمیشن '
                        "(Equality Commission for Northern Ireland)</a> سے رابطہ کریں۔</p>"
                    ),
                ),
                ("heading", "اس ویب سائٹ کی رسائی کے بارے میں تکنیکی معلومات"),
                (
                    "paragraph",
                    (
                        "<p>ایلمشائر ڈیجیٹل شمولیت پارٹنرشپ رسائی کے ضوابط کے مطابق اپنی ویب سائٹ "
                        "کو قابلِ رسائی بنانے کے لیے پُرعزم ہے۔</p>"
                    ),
                ),
                ("heading", "مطابقت کی صورتِ حال"),
                (
                    "paragraph",
                    (
                        "<p>یہ ویب سائٹ اس طرح بنائی گئی ہے کہ یہ <a "
                        'href="https://www.w3.org/TR/WCAG22/">ویب مواد تک رسائی کے رہنما اصول '
                        "(WCAG) ورژن 2.2</a> کے AA معیار پر پوری طرح پورا اترے۔ ہم ہر قسم کے صفحے "
                        "کو خودکار جانچ کے ذریعے، اور صرف کی بورڈ اور اسکرین ریڈر کے ساتھ بھی "
                        "جانچتے ہیں۔ ہمیں جو بھی مسئلہ ملے، ہم تبدیلیاں شائع کرنے سے پہلے اسے ٹھیک "
                        "کر دیتے ہیں۔</p>"
                    ),
                ),
                (
                    "details",
                    {
                        "summary": "وہ مواد جو رسائی کے ضوابط کے دائرے میں نہیں آتا",
                        "body": (
                            "<p><b>پرانی PDF فائلیں اور دیگر دستاویزات</b></p>"
                            "<p>کچھ شراکت داروں نے ایسی PDF دستاویزات دی ہیں جو 23 ستمبر 2018 سے "
                            "پہلے شائع ہوئی تھیں۔ اگر یہ ہماری خدمات استعمال کرنے کے لیے ضروری "
                            "نہیں ہیں تو ضوابط کے تحت ہمیں انہیں ٹھیک کرنا لازم نہیں۔ جب کوئی "
                            "شراکت دار ایسی دستاویز کو اپ ڈیٹ کرتا ہے تو ہم اس سے کہتے ہیں کہ اسے "
                            "ویب صفحے کے طور پر شائع کرے۔</p>"
                            "<p><b>دوسری ویب سائٹس کا مواد</b></p>"
                            "<p>کچھ صفحات پر ہمارے شراکت داروں کی اپنی ویب سائٹس کے لنک ہیں۔ ان "
                            "ویب سائٹس پر ہمارا کنٹرول نہیں، اس لیے یہ بیان ان پر لاگو نہیں "
                            "ہوتا۔</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "ہم نے اس ویب سائٹ کو کیسے جانچا",
                        "body": (
                            "<p>ہم نے یہ ویب سائٹ آخری بار نومبر 2026 میں جانچی۔ ہم نے ہر قسم کے "
                            "صفحے کی ایک مثال دیکھی، جیسے مرکزی صفحہ، مدد تلاش کرنے کا ٹول، "
                            "تقریبات کے صفحات، رہنما، شراکت داروں کے صفحات اور فارم۔ ہم نے یہ "
                            "طریقے استعمال کیے:</p>"
                            "<ul><li>خودکار جانچ، جو ویب سائٹ میں ہر تبدیلی پر بھی چلتی ہے</li>"
                            "<li>صرف کی بورڈ، ماؤس کے بغیر</li>"
                            "<li>کمپیوٹر اور فون پر اسکرین ریڈر</li>"
                            "<li>400% تک زوم اور فون کی چھوٹی اسکرین</li>"
                            "<li>عربی اور اردو کے صفحات، تاکہ دائیں سے بائیں ترتیب کو جانچا جا "
                            "سکے</li></ul>"
                            "<p>معاون ٹیکنالوجی استعمال کرنے والے کچھ رہائشیوں نے بھی اہم کام کر "
                            "کے دیکھے اور ہمیں بتایا کہ کیا بہتر کرنا ہے۔</p>"
                        ),
                    },
                ),
                ("heading", "رسائی بہتر بنانے کے لیے ہم کیا کر رہے ہیں"),
                (
                    "paragraph",
                    (
                        "<p>ہم ہر نئی سہولت کو شروع کرنے سے پہلے اس کی رسائی جانچتے ہیں۔ ہم شراکت "
                        "داروں سے کہتے ہیں کہ معلومات PDF کے بجائے ویب صفحات کی صورت میں شائع "
                        "کریں۔ ہم شراکت داروں کے عملے کو واضح اور قابلِ رسائی مواد لکھنے کی تربیت "
                        "بھی دیتے ہیں۔</p>"
                    ),
                ),
                ("heading", "اس رسائی کے بیان کی تیاری"),
                (
                    "paragraph",
                    (
                        "<p>یہ بیان 20 نومبر 2026 کو تیار کیا گیا۔ اس کا آخری جائزہ 20 نومبر 2026 "
                        "کو لیا گیا۔</p>"
                        "<p>ہم سال میں کم از کم ایک بار، اور ویب سائٹ میں ہر بڑی تبدیلی کے بعد، اس "
                        "کا جائزہ لیں گے۔</p>"
                    ),
                ),
            ],
        },
    },
    "privacy": {
        "en": {
            "title": "Privacy notice",
            "slug": "privacy-notice",
            "search_description": (
                "How the Elmshire Digital Inclusion Partnership collects, uses and protects your "
                "personal information."
            ),
            "intro": (
                "This notice explains what information we collect when you use this website, why "
                "we need it and how we keep it safe."
            ),
            "body": [
                ("heading", "Who we are"),
                (
                    "paragraph",
                    (
                        "<p>Elmshire County Council hosts the Elmshire Digital Inclusion "
                        "Partnership. The council is the data controller for this website. This "
                        "means it decides how your information is used.</p>"
                        "<p>To ask about your information, email <a "
                        'href="mailto:hello@elmshire-digital.example">'
                        'hello@elmshire-digital.example</a> or call <a href="tel:+441632960123">'
                        "01632 960 123</a>.</p>"
                    ),
                ),
                ("heading", "What we collect"),
                (
                    "paragraph",
                    (
                        "<p>We only collect what we need. We collect information when you:</p>"
                        "<ul><li><b>use our contact form:</b> your name, email address or phone "
                        "number, and your message</li>"
                        "<li><b>apply to sign the charter:</b> your organisation's details, and "
                        "the name, job title, email address and phone number of your main "
                        "contact</li></ul>"
                        "<p>Please do not tell us about your health or other sensitive details in "
                        "a message.</p>"
                    ),
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    (
                        "<p>We do not use tracking, advertising or analytics cookies. We only use "
                        "cookies the website needs to work:</p>"
                        "<ul><li>a security cookie that protects our forms</li>"
                        "<li>a cookie that remembers the language you choose</li>"
                        "<li>a session cookie that keeps partner staff signed in</li></ul>"
                    ),
                ),
                ("heading", "Why we use your information"),
                (
                    "paragraph",
                    (
                        "<p>We use it to answer your message, find you help and deal with charter "
                        "applications. Our lawful basis is public task, because helping residents "
                        "get online is part of the council's public work.</p>"
                        "<p>We never sell your information. We only share it with a partner if you "
                        "agree, or if the law says we must.</p>"
                    ),
                ),
                ("heading", "How long we keep it"),
                (
                    "paragraph",
                    (
                        "<p>We delete contact form messages after 12 months. We keep charter "
                        "application details while your organisation is a partner, and for 2 years "
                        "after it leaves.</p>"
                    ),
                ),
                ("heading", "Your rights"),
                (
                    "paragraph",
                    (
                        "<p>You can ask us to give you a copy of your information, correct it, "
                        "delete it or stop using it. Email us and we will reply within one "
                        "month.</p>"
                    ),
                ),
                ("heading", "How to complain"),
                (
                    "paragraph",
                    (
                        "<p>If you are unhappy with how we used your information, please tell us "
                        "first. You can also complain to the Information Commissioner's Office "
                        '(ICO). Visit <a href="https://ico.org.uk/make-a-complaint/">'
                        'ico.org.uk/make-a-complaint</a> or call <a href="tel:+443031231113">'
                        "0303 123 1113</a>.</p>"
                    ),
                ),
            ],
        },
    },
    "contact": {
        "en": {
            "title": "Contact us",
            "slug": "contact",
            "search_description": (
                "How to contact the Elmshire Digital Inclusion Partnership by phone, email or post."
            ),
            "intro": (
                "You can call, email or write to us. We can help you find free digital support "
                "near you."
            ),
            "body": [
                ("heading", "Digital Help Line"),
                (
                    "paragraph",
                    (
                        '<p>Call <a href="tel:+441632960123">01632 960 123</a>.</p>'
                        "<p>We are open Monday to Friday, 9am to 5pm. We are closed on bank "
                        "holidays. Calls cost the same as a call to a normal landline.</p>"
                        "<p>If you are deaf, hard of hearing or have a speech impairment, you can "
                        "use a text relay service. Dial 18001 then 01632 960 123.</p>"
                    ),
                ),
                ("heading", "Email"),
                (
                    "paragraph",
                    (
                        '<p>Email <a href="mailto:hello@elmshire-digital.example">'
                        "hello@elmshire-digital.example</a>.</p>"
                        "<p>Please do not send bank details or medical information by email.</p>"
                    ),
                ),
                ("heading", "Write to us"),
                (
                    "paragraph",
                    (
                        "<p>Elmshire Digital Inclusion Partnership, c/o Elmbridge Central Library, "
                        "12 Market Street, Elmbridge, EL1 2AB</p>"
                    ),
                ),
                ("heading", "What happens next"),
                (
                    "paragraph",
                    (
                        "<p>If you call us, we will try to help you straight away. We reply to "
                        "emails and letters within 5 working days.</p>"
                        "<p>If we cannot help, we will put you in touch with a partner who can. We "
                        "will always ask before we share your details. Our privacy notice explains "
                        "how we use your information.</p>"
                    ),
                ),
                (
                    "warning",
                    (
                        "We will never ask for your passwords or bank details, so never give them "
                        "to anyone who says they are from the Digital Help Line."
                    ),
                ),
                (
                    "details",
                    {
                        "summary": "If you need help in another language",
                        "body": (
                            "<p>Call the Digital Help Line and tell us which language you speak. "
                            "We will get a free phone interpreter, usually while you wait on the "
                            "line.</p>"
                            "<p>Some pages on this website are also in Polish, Romanian, "
                            "Ukrainian, Arabic and Urdu. Use the language links at the top of the "
                            "page.</p>"
                        ),
                    },
                ),
            ],
        },
    },
}
