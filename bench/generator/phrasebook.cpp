#include "bench/generator/phrasebook.h"

#include <set>
#include <sstream>

namespace bench {

namespace {

LanguagePhrases german() {
    LanguagePhrases p;
    p.code = "de";
    p.organisationTypes = {"Nachbarschaftszentrum", "Verein der Ehrenamtlichen", "Beratungsstelle",
                           "Haus der Kultur", "Jugendclub", "Fraueninitiative", "Migrationsnetzwerk",
                           "Lernwerkstatt"};
    p.focusGroups = {"für Familien", "für Flüchtlinge", "für Seniorinnen und Senioren", "für Studierende",
                     "für Neuzugewanderte", "für Eltern", "für Kunstschaffende", "für die Nachbarschaft"};
    p.summaries = {
        "Beratung, Begegnung und Sprachkurse – offen für alle, kostenlos.",
        "Wir helfen bei Anträgen, Briefen von Ämtern und der Suche nach einer Wohnung.",
        "Ein Treffpunkt zum Kennenlernen, Kochen und gemeinsamen Lernen.",
        "Ehrenamtliche begleiten Menschen im Alltag, auf Deutsch und in vielen anderen Sprachen.",
        "Workshops, Ausflüge und Hausaufgabenhilfe für Kinder und Jugendliche.",
        "Unterstützung für Vereine und Initiativen: Förderanträge, Räume, Netzwerke.",
    };
    p.descriptionSentences = {
        "Bei uns treffen sich Menschen aus über dreißig Ländern.",
        "Die Beratung ist vertraulich, kostenlos und auf Wunsch mit Dolmetscherin.",
        "Wer sich engagieren möchte, ist herzlich willkommen – auch ohne Vorkenntnisse.",
        "Wir arbeiten eng mit dem Jobcenter, der Ausländerbehörde und den Schulen im Stadtteil zusammen.",
        "Unsere Räume sind barrierefrei und liegen direkt an der Straßenbahnhaltestelle.",
        "Einmal im Monat laden wir zum \"Fest der Nachbarschaft\" ein, mit Musik, Essen und Spielen.",
        "Für Förderanträge, Vereinsgründung und Öffentlichkeitsarbeit gibt es eine eigene Sprechstunde.",
        "Kinder können während der Beratung in unserer Spielecke betreut werden.",
    };
    p.eventKinds = {"Sprachcafé", "Beratungsstunde", "Netzwerktreffen", "Nähwerkstatt", "Hausaufgabenhilfe",
                    "Kochabend", "Fahrradwerkstatt", "Elterncafé", "Bewerbungstraining", "Kinderfest"};
    p.eventDescriptions = {
        "Offen für alle, ohne Anmeldung. Bitte bringen Sie gute Laune mit.",
        "Anmeldung erwünscht, die Plätze sind begrenzt. Dolmetschen nach Absprache.",
        "Wir treffen uns im großen Saal im Erdgeschoss; der Eingang ist barrierefrei.",
        "Für Getränke und Snacks ist gesorgt. Kinder sind willkommen.",
    };
    p.guideStems = {"Was ist ein Ehrenamt?", "Was ist ein Verein?", "Ein eigenes Mikroprojekt starten",
                    "Hilfe beim Förderantrag", "Einen Platz fürs Ehrenamt finden", "Versicherung im Ehrenamt",
                    "Geld für kleine Projekte", "Eine Veranstaltung planen", "Öffentlichkeitsarbeit für Anfänger",
                    "Gemeinsam im Stadtteil aktiv"};
    p.guideHeadings = {"Worum geht es?", "So fangen Sie an", "Wer hilft Ihnen?", "Gut zu wissen"};
    p.guideSentences = {
        "Ehrenamt heißt: Sie helfen freiwillig und ohne Lohn.",
        "Sie entscheiden selbst, wie viel Zeit Sie geben.",
        "Ein Verein ist eine Gruppe mit gemeinsamen Zielen.",
        "Für einen Verein brauchen Sie mindestens sieben Mitglieder.",
        "Ein Förderantrag ist ein Brief, in dem Sie um Geld bitten.",
        "Beschreiben Sie Ihre Idee in wenigen, klaren Sätzen.",
        "Viele Städte haben Geld für kleine Projekte im Stadtteil.",
        "Fragen Sie im Nachbarschaftszentrum nach Hilfe.",
        "Die Beratung ist kostenlos.",
        "Sie müssen nicht perfekt Deutsch sprechen.",
    };
    p.picture = "Bild";
    p.packTitle = "Großstadt-Test: Angebote für alle";
    return p;
}

LanguagePhrases easyGerman() {
    LanguagePhrases p;
    p.code = "de-x-easy";
    p.organisationTypes = {"Nachbarschafts-Zentrum", "Verein für Ehren-Amt", "Beratungs-Stelle",
                           "Haus der Kultur", "Jugend-Klub", "Frauen-Gruppe", "Netz-Werk für Migration",
                           "Lern-Werk-Statt"};
    p.focusGroups = {"für Familien", "für geflüchtete Menschen", "für ältere Menschen", "für Studenten",
                     "für neue Menschen in der Stadt", "für Eltern", "für Künstler", "für die Nachbarn"};
    p.summaries = {
        "Hier bekommen Sie Beratung.\nDie Beratung kostet nichts.",
        "Wir helfen bei Briefen vom Amt.\nWir helfen bei der Suche nach einer Wohnung.",
        "Hier können Sie andere Menschen treffen.\nSie können zusammen kochen und lernen.",
        "Ehren-Amtliche helfen Ihnen im Alltag.\nSie sprechen viele Sprachen.",
        "Hier gibt es Hilfe bei Haus-Aufgaben.\nEs gibt auch Ausflüge für Kinder.",
        "Wir helfen Vereinen.\nZum Beispiel bei einem Förder-Antrag.",
    };
    p.descriptionSentences = {
        "Bei uns treffen sich Menschen aus vielen Ländern.",
        "Die Beratung ist geheim.",
        "Die Beratung kostet nichts.",
        "Sie wollen helfen?\nDann kommen Sie zu uns.",
        "Unsere Räume haben keine Stufen.",
        "Die Straßen-Bahn hält direkt vor der Tür.",
        "Einmal im Monat feiern wir ein Fest.",
        "Ihre Kinder können bei uns spielen.",
    };
    p.eventKinds = {"Sprach-Café", "Beratungs-Stunde", "Netz-Werk-Treffen", "Näh-Werk-Statt",
                    "Hilfe bei Haus-Aufgaben", "Koch-Abend", "Fahrrad-Werk-Statt", "Eltern-Café",
                    "Training für Bewerbungen", "Kinder-Fest"};
    p.eventDescriptions = {
        "Alle dürfen kommen.\nSie müssen sich nicht anmelden.",
        "Bitte melden Sie sich an.\nEs gibt nur wenige Plätze.",
        "Wir treffen uns im großen Saal.\nDer Saal hat keine Stufen.",
        "Es gibt Getränke.\nKinder dürfen mitkommen.",
    };
    p.guideStems = {"Was ist ein Ehren-Amt?", "Was ist ein Verein?", "Ein eigenes kleines Projekt",
                    "Hilfe beim Förder-Antrag", "Einen Platz für das Ehren-Amt finden", "Versicherung im Ehren-Amt",
                    "Geld für kleine Projekte", "Ein Fest planen", "Anderen von Ihrem Projekt erzählen",
                    "Zusammen im Stadt-Teil helfen"};
    p.guideHeadings = {"Worum geht es?", "So fangen Sie an", "Wer hilft Ihnen?", "Gut zu wissen"};
    p.guideSentences = {
        "Ehren-Amt heißt: Sie helfen freiwillig.",
        "Sie bekommen dafür kein Geld.",
        "Sie bestimmen selbst, wie viel Zeit Sie geben.",
        "Ein Verein ist eine Gruppe.",
        "Die Gruppe hat ein gemeinsames Ziel.",
        "Ein Förder-Antrag ist ein Brief.",
        "In dem Brief bitten Sie um Geld.",
        "Schreiben Sie kurze Sätze.",
        "Die Beratung kostet nichts.",
        "Sie müssen nicht perfekt Deutsch sprechen.",
    };
    p.picture = "Bild";
    p.packTitle = "Test für eine große Stadt";
    return p;
}

LanguagePhrases english() {
    LanguagePhrases p;
    p.code = "en";
    p.organisationTypes = {"Neighbourhood Centre", "Volunteers' Association", "Counselling Office",
                           "House of Culture", "Youth Club", "Women's Initiative", "Migration Network",
                           "Learning Workshop"};
    p.focusGroups = {"for Families", "for Refugees", "for Seniors", "for Students", "for Newcomers",
                     "for Parents", "for Artists", "for the Neighbourhood"};
    p.summaries = {
        "Counselling, meeting people and language courses – open to all, free of charge.",
        "We help with applications, letters from public offices and finding a flat.",
        "A place to get to know each other, cook and learn together.",
        "Volunteers support people in everyday life, in German and many other languages.",
        "Workshops, trips and homework help for children and young people.",
        "Support for associations and initiatives: funding applications, rooms, networks.",
    };
    p.descriptionSentences = {
        "People from more than thirty countries meet here.",
        "Counselling is confidential, free and with an interpreter if you wish.",
        "Anyone who wants to get involved is welcome – no experience needed.",
        "We work closely with the job centre, the immigration office and the local schools.",
        "Our rooms are step-free and right next to the tram stop.",
        "Once a month we invite everyone to a \"neighbourhood party\" with music, food and games.",
        "There is a separate consultation hour for funding applications, founding an association and publicity.",
        "Children can be looked after in our play corner during counselling.",
    };
    p.eventKinds = {"Language Café", "Counselling Hour", "Network Meeting", "Sewing Workshop", "Homework Help",
                    "Cooking Evening", "Bicycle Repair Workshop", "Parents' Café", "Job Application Training",
                    "Children's Festival"};
    p.eventDescriptions = {
        "Open to all, no registration. Just come along.",
        "Please register, places are limited. Interpreting on request.",
        "We meet in the large hall on the ground floor; the entrance is step-free.",
        "Drinks and snacks are provided. Children are welcome.",
    };
    p.guideStems = {"What is volunteering?", "What is an association?", "Starting your own micro-project",
                    "Help with a funding application", "Finding a place to volunteer", "Insurance for volunteers",
                    "Money for small projects", "Planning an event", "Publicity for beginners",
                    "Active together in the neighbourhood"};
    p.guideHeadings = {"What is it about?", "How to start", "Who helps you?", "Good to know"};
    p.guideSentences = {
        "Volunteering means you help of your own free will and without pay.",
        "You decide how much time you give.",
        "An association is a group with shared goals.",
        "To found an association you need at least seven members.",
        "A funding application is a letter asking for money.",
        "Describe your idea in a few clear sentences.",
        "Many cities have money for small neighbourhood projects.",
        "Ask for help at the neighbourhood centre.",
        "Counselling is free of charge.",
        "You do not need to speak perfect German.",
    };
    p.picture = "Picture";
    p.packTitle = "Big city test: services for everyone";
    return p;
}

LanguagePhrases arabic() {
    LanguagePhrases p;
    p.code = "ar";
    p.organisationTypes = {"مَرْكَزُ الجِيرَانِ", "جَمْعِيَّةُ المُتَطَوِّعِينَ", "مَكْتَبُ الاسْتِشَارَةِ",
                           "بَيْتُ الثَّقَافَةِ", "نَادِي الشَّبَابِ", "مُبَادَرَةُ النِّسَاءِ", "شَبَكَةُ الهِجْرَةِ",
                           "وَرْشَةُ التَّعَلُّمِ"};
    p.focusGroups = {"لِلْعَائِلَاتِ", "لِلَّاجِئِينَ", "لِكِبَارِ السِّنِّ", "لِلطُّلَّابِ", "لِلْقَادِمِينَ الجُدُدِ",
                     "لِلْآبَاءِ وَالأُمَّهَاتِ", "لِلْفَنَّانِينَ", "لِأَهْلِ الحَيِّ"};
    p.summaries = {
        "اسْتِشَارَةٌ وَلِقَاءَاتٌ وَدُرُوسُ لُغَةٍ – مَفْتُوحَةٌ لِلْجَمِيعِ وَمَجَّانِيَّةٌ.",
        "نُسَاعِدُ فِي الطَّلَبَاتِ وَرَسَائِلِ الدَّوَائِرِ الرَّسْمِيَّةِ وَالبَحْثِ عَنْ سَكَنٍ.",
        "مَكَانٌ لِلتَّعَارُفِ وَالطَّبْخِ وَالتَّعَلُّمِ مَعًا.",
        "مُتَطَوِّعُونَ يُرَافِقُونَ النَّاسَ فِي حَيَاتِهِمُ اليَوْمِيَّةِ بِلُغَاتٍ كَثِيرَةٍ.",
        "وَرَشَاتٌ وَرَحَلَاتٌ وَمُسَاعَدَةٌ فِي الوَاجِبَاتِ المَدْرَسِيَّةِ لِلْأَطْفَالِ وَالشَّبَابِ.",
        "دَعْمٌ لِلْجَمْعِيَّاتِ وَالمُبَادَرَاتِ: طَلَبَاتُ التَّمْوِيلِ وَالقَاعَاتُ وَالشَّبَكَاتُ.",
    };
    p.descriptionSentences = {
        "يَلْتَقِي عِنْدَنَا أُنَاسٌ مِنْ أَكْثَرَ مِنْ ثَلَاثِينَ بَلَدًا.",
        "الاسْتِشَارَةُ سِرِّيَّةٌ وَمَجَّانِيَّةٌ، وَمَعَ مُتَرْجِمَةٍ عِنْدَ الطَّلَبِ.",
        "كُلُّ مَنْ يُرِيدُ المُشَارَكَةَ مُرَحَّبٌ بِهِ، حَتَّى بِدُونِ خِبْرَةٍ.",
        "نَعْمَلُ مَعَ مَكْتَبِ العَمَلِ وَدَائِرَةِ الأَجَانِبِ وَمَدَارِسِ الحَيِّ.",
        "قَاعَاتُنَا بِدُونِ دَرَجٍ وَقَرِيبَةٌ مِنْ مَحَطَّةِ التِّرَامِ.",
        "مَرَّةً فِي الشَّهْرِ نَدْعُو إِلَى «حَفْلَةِ الجِيرَانِ» مَعَ مُوسِيقَى وَطَعَامٍ وَأَلْعَابٍ.",
        "هُنَاكَ سَاعَةٌ خَاصَّةٌ لِطَلَبَاتِ التَّمْوِيلِ وَتَأْسِيسِ الجَمْعِيَّاتِ.",
        "يُمْكِنُ لِلْأَطْفَالِ اللَّعِبُ فِي رُكْنِ الأَلْعَابِ أَثْنَاءَ الاسْتِشَارَةِ.",
    };
    p.eventKinds = {"مَقْهَى اللُّغَةِ", "سَاعَةُ الاسْتِشَارَةِ", "لِقَاءُ الشَّبَكَةِ", "وَرْشَةُ الخِيَاطَةِ",
                    "مُسَاعَدَةٌ فِي الوَاجِبَاتِ", "أُمْسِيَةُ الطَّبْخِ", "وَرْشَةُ الدَّرَّاجَاتِ", "مَقْهَى الأَهَالِي",
                    "تَدْرِيبٌ عَلَى طَلَبَاتِ العَمَلِ", "مِهْرَجَانُ الأَطْفَالِ"};
    p.eventDescriptions = {
        "مَفْتُوحٌ لِلْجَمِيعِ بِدُونِ تَسْجِيلٍ.",
        "يُرْجَى التَّسْجِيلُ، فَالأَمَاكِنُ مَحْدُودَةٌ.",
        "نَلْتَقِي فِي القَاعَةِ الكَبِيرَةِ فِي الطَّابَقِ الأَرْضِيِّ.",
        "المَشْرُوبَاتُ مُتَوَفِّرَةٌ، وَالأَطْفَالُ مُرَحَّبٌ بِهِمْ.",
    };
    p.guideStems = {"مَا هُوَ العَمَلُ التَّطَوُّعِيُّ؟", "مَا هِيَ الجَمْعِيَّةُ؟", "كَيْفَ أَبْدَأُ مَشْرُوعًا صَغِيرًا؟",
                    "المُسَاعَدَةُ فِي طَلَبِ التَّمْوِيلِ", "أَيْنَ أَجِدُ مَكَانًا لِلتَّطَوُّعِ؟", "التَّأْمِينُ فِي التَّطَوُّعِ",
                    "مَالٌ لِلْمَشَارِيعِ الصَّغِيرَةِ", "تَخْطِيطُ فَعَّالِيَّةٍ", "التَّعْرِيفُ بِمَشْرُوعِكَ",
                    "نَشِيطُونَ مَعًا فِي الحَيِّ"};
    p.guideHeadings = {"عَمَّ يَدُورُ الأَمْرُ؟", "كَيْفَ تَبْدَأُ", "مَنْ يُسَاعِدُكَ؟", "مِنَ المُفِيدِ أَنْ تَعْرِفَ"};
    p.guideSentences = {
        "التَّطَوُّعُ يَعْنِي أَنَّكَ تُسَاعِدُ بِإِرَادَتِكَ وَبِدُونِ أَجْرٍ.",
        "أَنْتَ تُقَرِّرُ كَمْ مِنَ الوَقْتِ تُعْطِي.",
        "الجَمْعِيَّةُ مَجْمُوعَةٌ لَهَا أَهْدَافٌ مُشْتَرَكَةٌ.",
        "لِتَأْسِيسِ جَمْعِيَّةٍ تَحْتَاجُ إِلَى سَبْعَةِ أَعْضَاءٍ عَلَى الأَقَلِّ.",
        "طَلَبُ التَّمْوِيلِ رِسَالَةٌ تَطْلُبُ فِيهَا المَالَ.",
        "صِفْ فِكْرَتَكَ بِجُمَلٍ قَلِيلَةٍ وَوَاضِحَةٍ.",
        "فِي مُدُنٍ كَثِيرَةٍ يُوجَدُ مَالٌ لِلْمَشَارِيعِ الصَّغِيرَةِ.",
        "اسْأَلْ عَنِ المُسَاعَدَةِ فِي مَرْكَزِ الجِيرَانِ.",
        "الاسْتِشَارَةُ مَجَّانِيَّةٌ.",
        "لَا تَحْتَاجُ إِلَى لُغَةٍ أَلْمَانِيَّةٍ مِثَالِيَّةٍ.",
    };
    p.picture = "صُورَةٌ";
    p.packTitle = "اخْتِبَارُ المَدِينَةِ الكَبِيرَةِ: خِدْمَاتٌ لِلْجَمِيعِ";
    return p;
}

LanguagePhrases farsi() {
    LanguagePhrases p;
    p.code = "fa";
    p.focusBeforeType = false;
    p.organisationTypes = {"مَرکَزِ هَمسایِگی", "اَنجُمَنِ داوَطَلَبان", "دَفتَرِ مُشاوِره", "خانهٔ فَرهَنگ",
                           "باشگاهِ جَوانان", "اِبتِکارِ زَنان", "شَبَکهٔ مُهاجِرَت", "کارگاهِ آموزِش"};
    p.focusGroups = {"بَرایِ خانِواده‌ها", "بَرایِ پَناهَندِگان", "بَرایِ سالمَندان", "بَرایِ دانِشجویان",
                     "بَرایِ تازه‌واردان", "بَرایِ والِدین", "بَرایِ هُنَرمَندان", "بَرایِ مَحَلّه"};
    p.summaries = {
        "مُشاوِره، دیدار و کِلاسِ زَبان – بَرایِ هَمه و رایگان.",
        "در دَرخواست‌ها، نامه‌هایِ اِداری و پِیدا کَردَنِ خانه کُمَک می‌کُنیم.",
        "جایی بَرایِ آشنایی، آشپَزی و یادگیریِ مُشتَرَک.",
        "داوَطَلَبان به زَبان‌هایِ بِسیار در زِندِگیِ روزانه هَمراهی می‌کُنَند.",
        "کارگاه، گَردِش و کُمَک به تَکالیفِ مَدرِسه بَرایِ کودَکان و نوجَوانان.",
        "پُشتیبانی از اَنجُمَن‌ها: دَرخواستِ بودجه، سالُن و شَبَکه.",
    };
    p.descriptionSentences = {
        "مَردُم از بیش از سی کِشوَر اینجا هَمدیگَر را می‌بینَند.",
        "مُشاوِره مَحرَمانه و رایگان است و در صورَتِ نیاز با مُتَرجِم.",
        "هَر کَس بِخواهَد هَمکاری کُنَد خوش‌آمَد است، حَتّی بی‌تَجرِبه.",
        "ما با اِدارهٔ کار، اِدارهٔ اَتباع و مَدرِسه‌هایِ مَحَلّه هَمکاری می‌کُنیم.",
        "سالُن‌هایِ ما بی‌پِلّه و نَزدیکِ ایستگاهِ تِراموا هَستَند.",
        "ماهی یِک بار «جَشنِ هَمسایه‌ها» با موسیقی، غَذا و بازی داریم.",
        "بَرایِ دَرخواستِ بودجه و تَأسیسِ اَنجُمَن ساعَتِ جُداگانه‌ای هَست.",
        "کودَکان در هَنگامِ مُشاوِره در گوشهٔ بازی می‌مانَند.",
    };
    p.eventKinds = {"کافه‌یِ زَبان", "ساعَتِ مُشاوِره", "نِشَستِ شَبَکه", "کارگاهِ خَیّاطی", "کُمَک به تَکالیف",
                    "شَبِ آشپَزی", "کارگاهِ دوچَرخه", "کافه‌یِ والِدین", "آموزِشِ دَرخواستِ کار", "جَشنِ کودَکان"};
    p.eventDescriptions = {
        "بَرایِ هَمه باز است، بی ثَبتِ نام.",
        "لُطفاً ثَبتِ نام کُنید، جا مَحدود است.",
        "در سالُنِ بُزُرگِ طَبَقهٔ هَمکَف هَمدیگَر را می‌بینیم.",
        "نوشیدَنی هَست و کودَکان خوش‌آمَدَند.",
    };
    p.guideStems = {"کارِ داوَطَلَبانه چیست؟", "اَنجُمَن چیست؟", "شُروعِ یِک پُروژهٔ کوچَک", "کُمَک در دَرخواستِ بودجه",
                    "پِیدا کَردَنِ جایی بَرایِ داوَطَلَبی", "بیمه در کارِ داوَطَلَبانه", "پول بَرایِ پُروژه‌هایِ کوچَک",
                    "بَرنامه‌ریزیِ یِک رویداد", "مُعَرِّفیِ پُروژهٔ شُما", "با هَم در مَحَلّه"};
    p.guideHeadings = {"موضوع چیست؟", "چِگونه شُروع کُنید", "چه کَسی کُمَک می‌کُنَد؟", "خوب است بِدانید"};
    p.guideSentences = {
        "داوَطَلَبی یَعنی به میلِ خود و بی مُزد کُمَک می‌کُنید.",
        "خودِتان تَصمیم می‌گیرید چِقَدر وَقت بِگذارید.",
        "اَنجُمَن گُروهی با هَدَف‌هایِ مُشتَرَک است.",
        "بَرایِ تَأسیسِ اَنجُمَن دَستِ کَم هَفت عُضو لازِم است.",
        "دَرخواستِ بودجه نامه‌ای است که در آن پول می‌خواهید.",
        "ایدهٔ خود را در چَند جُملهٔ روشَن بِنِویسید.",
        "بِسیاری از شَهرها بَرایِ پُروژه‌هایِ کوچَک پول دارَند.",
        "در مَرکَزِ هَمسایِگی کُمَک بِخواهید.",
        "مُشاوِره رایگان است.",
        "لازِم نیست آلمانی را کامِل بِدانید.",
    };
    p.picture = "تَصویر";
    p.packTitle = "آزمایشِ شَهرِ بُزُرگ: خِدمات بَرایِ هَمه";
    return p;
}

LanguagePhrases ukrainian() {
    LanguagePhrases p;
    p.code = "uk";
    p.organisationTypes = {"Сусідський центр", "Товариство волонтерів", "Консультаційний пункт", "Будинок культури",
                           "Молодіжний клуб", "Жіноча ініціатива", "Мережа мігрантів", "Навчальна майстерня"};
    p.focusGroups = {"для сімей", "для біженців", "для літніх людей", "для студентів", "для новоприбулих",
                     "для батьків", "для митців", "для сусідів"};
    p.summaries = {
        "Консультації, зустрічі та мовні курси – для всіх і безкоштовно.",
        "Допомагаємо із заявами, листами з установ і пошуком житла.",
        "Місце, щоб познайомитися, готувати й навчатися разом.",
        "Волонтери супроводжують людей у повсякденному житті багатьма мовами.",
        "Майстерні, екскурсії та допомога з домашніми завданнями для дітей і молоді.",
        "Підтримка об'єднань та ініціатив: заявки на фінансування, приміщення, мережі.",
    };
    p.descriptionSentences = {
        "У нас зустрічаються люди з понад тридцяти країн.",
        "Консультація конфіденційна, безкоштовна і за бажанням з перекладачкою.",
        "Кожен, хто хоче долучитися, – ласкаво просимо, навіть без досвіду.",
        "Ми співпрацюємо з центром зайнятості, відомством у справах іноземців і школами району.",
        "Наші приміщення без сходів і поруч із трамвайною зупинкою.",
        "Раз на місяць запрошуємо на «Свято сусідів» з музикою, їжею та іграми.",
        "Для заявок на фінансування і заснування об'єднання є окремі години прийому.",
        "Під час консультації діти можуть гратися в дитячому куточку.",
    };
    p.eventKinds = {"Мовне кафе", "Година консультацій", "Зустріч мережі", "Швейна майстерня",
                    "Допомога з домашніми завданнями", "Кулінарний вечір", "Велосипедна майстерня",
                    "Кафе для батьків", "Тренінг з пошуку роботи", "Дитяче свято"};
    p.eventDescriptions = {
        "Відкрито для всіх, без реєстрації.",
        "Будь ласка, зареєструйтеся, кількість місць обмежена.",
        "Зустрічаємося у великій залі на першому поверсі.",
        "Напої є, діти – ласкаво просимо.",
    };
    p.guideStems = {"Що таке волонтерство?", "Що таке громадське об'єднання?", "Як почати власний мікропроєкт",
                    "Допомога із заявкою на фінансування", "Де знайти місце для волонтерства",
                    "Страхування волонтерів", "Гроші для малих проєктів", "Як спланувати захід",
                    "Розповісти про свій проєкт", "Разом у своєму районі"};
    p.guideHeadings = {"Про що йдеться?", "Як почати", "Хто вам допоможе?", "Корисно знати"};
    p.guideSentences = {
        "Волонтерство означає, що ви допомагаєте добровільно і без оплати.",
        "Ви самі вирішуєте, скільки часу даєте.",
        "Об'єднання – це група зі спільними цілями.",
        "Щоб заснувати об'єднання, потрібно щонайменше сім членів.",
        "Заявка на фінансування – це лист, у якому ви просите гроші.",
        "Опишіть свою ідею кількома зрозумілими реченнями.",
        "Багато міст мають гроші для малих проєктів у районі.",
        "Попросіть допомоги в сусідському центрі.",
        "Консультація безкоштовна.",
        "Не потрібно досконало знати німецьку.",
    };
    p.picture = "Зображення";
    p.packTitle = "Тест великого міста: послуги для всіх";
    return p;
}

LanguagePhrases russian() {
    LanguagePhrases p;
    p.code = "ru";
    p.organisationTypes = {"Соседский центр", "Общество волонтёров", "Консультационный пункт", "Дом культуры",
                           "Молодёжный клуб", "Женская инициатива", "Сеть мигрантов", "Учебная мастерская"};
    p.focusGroups = {"для семей", "для беженцев", "для пожилых людей", "для студентов", "для новоприбывших",
                     "для родителей", "для художников", "для соседей"};
    p.summaries = {
        "Консультации, встречи и языковые курсы – для всех и бесплатно.",
        "Помогаем с заявлениями, письмами из ведомств и поиском жилья.",
        "Место, чтобы познакомиться, готовить и учиться вместе.",
        "Волонтёры сопровождают людей в повседневной жизни на многих языках.",
        "Мастерские, экскурсии и помощь с домашними заданиями для детей и молодёжи.",
        "Поддержка объединений и инициатив: заявки на финансирование, помещения, сети.",
    };
    p.descriptionSentences = {
        "У нас встречаются люди из более чем тридцати стран.",
        "Консультация конфиденциальна, бесплатна и по желанию с переводчицей.",
        "Каждый, кто хочет участвовать, – добро пожаловать, даже без опыта.",
        "Мы работаем вместе с центром занятости, ведомством по делам иностранцев и школами района.",
        "Наши помещения без ступенек и рядом с трамвайной остановкой.",
        "Раз в месяц приглашаем на «Праздник соседей» с музыкой, едой и играми.",
        "Для заявок на финансирование и основания объединения есть отдельные часы приёма.",
        "Во время консультации дети могут играть в детском уголке.",
    };
    p.eventKinds = {"Языковое кафе", "Час консультаций", "Встреча сети", "Швейная мастерская",
                    "Помощь с домашними заданиями", "Кулинарный вечер", "Велосипедная мастерская",
                    "Кафе для родителей", "Тренинг по поиску работы", "Детский праздник"};
    p.eventDescriptions = {
        "Открыто для всех, без регистрации.",
        "Пожалуйста, зарегистрируйтесь, количество мест ограничено.",
        "Встречаемся в большом зале на первом этаже.",
        "Напитки есть, дети – добро пожаловать.",
    };
    p.guideStems = {"Что такое волонтёрство?", "Что такое общественное объединение?", "Как начать свой микропроект",
                    "Помощь с заявкой на финансирование", "Где найти место для волонтёрства",
                    "Страхование волонтёров", "Деньги для малых проектов", "Как спланировать мероприятие",
                    "Рассказать о своём проекте", "Вместе в своём районе"};
    p.guideHeadings = {"О чём идёт речь?", "Как начать", "Кто вам поможет?", "Полезно знать"};
    p.guideSentences = {
        "Волонтёрство означает, что вы помогаете добровольно и без оплаты.",
        "Вы сами решаете, сколько времени отдаёте.",
        "Объединение – это группа с общими целями.",
        "Чтобы основать объединение, нужно не меньше семи членов.",
        "Заявка на финансирование – это письмо, в котором вы просите деньги.",
        "Опишите свою идею несколькими понятными предложениями.",
        "Во многих городах есть деньги для малых проектов в районе.",
        "Попросите помощи в соседском центре.",
        "Консультация бесплатная.",
        "Не нужно идеально говорить по-немецки.",
    };
    p.picture = "Изображение";
    p.packTitle = "Тест большого города: услуги для всех";
    return p;
}

LanguagePhrases turkish() {
    LanguagePhrases p;
    p.code = "tr";
    p.focusBeforeType = true;
    p.organisationTypes = {"Mahalle Merkezi", "Gönüllüler Derneği", "Danışma Bürosu", "Kültür Evi",
                           "Gençlik Kulübü", "Kadın Girişimi", "Göç Ağı", "Öğrenme Atölyesi"};
    p.focusGroups = {"Aileler İçin", "Mülteciler İçin", "Yaşlılar İçin", "Öğrenciler İçin", "Yeni Gelenler İçin",
                     "Ebeveynler İçin", "Sanatçılar İçin", "Mahalle İçin"};
    p.summaries = {
        "Danışmanlık, buluşmalar ve dil kursları – herkese açık ve ücretsiz.",
        "Başvurular, resmî dairelerden gelen mektuplar ve ev arama konusunda yardım ediyoruz.",
        "Tanışmak, yemek yapmak ve birlikte öğrenmek için bir yer.",
        "Gönüllüler insanlara günlük hayatta birçok dilde eşlik ediyor.",
        "Çocuklar ve gençler için atölyeler, geziler ve ödev yardımı.",
        "Dernekler ve girişimler için destek: hibe başvuruları, salonlar, ağlar.",
    };
    p.descriptionSentences = {
        "Bizde otuzdan fazla ülkeden insanlar buluşuyor.",
        "Danışmanlık gizli ve ücretsizdir, istenirse tercümanla yapılır.",
        "Katılmak isteyen herkes, deneyimsiz de olsa, hoş geldiniz.",
        "İş ajansı, yabancılar dairesi ve mahalledeki okullarla birlikte çalışıyoruz.",
        "Salonlarımız basamaksızdır ve tramvay durağının hemen yanındadır.",
        "Ayda bir kez müzik, yemek ve oyunlarla «Komşu Şenliği» düzenliyoruz.",
        "Hibe başvuruları ve dernek kurma için ayrı bir danışma saati var.",
        "Danışmanlık sırasında çocuklar oyun köşesinde oynayabilir.",
    };
    p.eventKinds = {"Dil Kafesi", "Danışma Saati", "Ağ Buluşması", "Dikiş Atölyesi", "Ödev Yardımı",
                    "Yemek Akşamı", "Bisiklet Atölyesi", "Veli Kafesi", "İş Başvurusu Eğitimi", "Çocuk Şenliği"};
    p.eventDescriptions = {
        "Herkese açık, kayıt gerekmez.",
        "Lütfen kayıt olun, yer sınırlıdır.",
        "Zemin kattaki büyük salonda buluşuyoruz.",
        "İçecek var, çocuklar hoş geldiniz.",
    };
    p.guideStems = {"Gönüllülük nedir?", "Dernek nedir?", "Kendi küçük projenizi başlatmak",
                    "Hibe başvurusunda yardım", "Gönüllü olacak bir yer bulmak", "Gönüllüler için sigorta",
                    "Küçük projeler için para", "Bir etkinlik planlamak", "Projenizi tanıtmak",
                    "Mahallede birlikte aktif olmak"};
    p.guideHeadings = {"Konu nedir?", "Nasıl başlanır", "Size kim yardım eder?", "Bilmekte fayda var"};
    p.guideSentences = {
        "Gönüllülük, kendi isteğinizle ve ücretsiz yardım etmek demektir.",
        "Ne kadar zaman vereceğinize siz karar verirsiniz.",
        "Dernek, ortak hedefleri olan bir gruptur.",
        "Dernek kurmak için en az yedi üye gerekir.",
        "Hibe başvurusu, para istediğiniz bir mektuptur.",
        "Fikrinizi birkaç açık cümleyle anlatın.",
        "Birçok şehirde küçük mahalle projeleri için para var.",
        "Mahalle merkezinde yardım isteyin.",
        "Danışmanlık ücretsizdir.",
        "Mükemmel Almanca konuşmanız gerekmez.",
    };
    p.picture = "Resim";
    p.packTitle = "Büyük şehir testi: herkes için hizmetler";
    return p;
}

std::vector<std::string> splitWords(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    // Word characters: ASCII letters and every multi-byte UTF-8 sequence, so
    // Arabic, Cyrillic and Turkish letters stay inside words.
    auto flush = [&] {
        if (word.size() >= 5) words.push_back(word);
        word.clear();
    };
    for (unsigned char c : text) {
        bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
        if (letter) word.push_back(static_cast<char>(c));
        else flush();
    }
    flush();
    return words;
}

}  // namespace

const std::vector<LanguagePhrases>& phrasebook() {
    static const std::vector<LanguagePhrases> languages = {german(), easyGerman(), english(), arabic(),
                                                           farsi(), ukrainian(), russian(), turkish()};
    return languages;
}

const std::vector<Topic>& topics() {
    // Labels in phrasebook() order: de, de-x-easy, en, ar, fa, uk, ru, tr.
    static const std::vector<Topic> list = {
        {"counselling", {"Beratung", "Beratung", "Counselling", "اِسْتِشَارَةٌ", "مُشاوِره", "Консультації", "Консультации", "Danışmanlık"}},
        {"volunteering", {"Ehrenamt", "Ehren-Amt", "Volunteering", "تَطَوُّعٌ", "داوَطَلَبی", "Волонтерство", "Волонтёрство", "Gönüllülük"}},
        {"language", {"Sprache lernen", "Sprache lernen", "Learning languages", "تَعَلُّمُ اللُّغَةِ", "یادگیریِ زَبان", "Вивчення мови", "Изучение языка", "Dil öğrenmek"}},
        {"women", {"Frauen", "Frauen", "Women", "نِسَاءٌ", "زَنان", "Жінки", "Женщины", "Kadınlar"}},
        {"youth", {"Kinder und Jugend", "Kinder und Jugend-Liche", "Children and youth", "أَطْفَالٌ وَشَبَابٌ", "کودَکان و نوجَوانان", "Діти та молодь", "Дети и молодёжь", "Çocuklar ve gençler"}},
        {"work", {"Arbeit und Ausbildung", "Arbeit", "Work and training", "عَمَلٌ وَتَدْرِيبٌ", "کار و آموزِش", "Робота і навчання", "Работа и обучение", "İş ve eğitim"}},
        {"housing", {"Wohnen", "Wohnung", "Housing", "سَكَنٌ", "مَسکَن", "Житло", "Жильё", "Konut"}},
        {"health", {"Gesundheit", "Gesundheit", "Health", "صِحَّةٌ", "سَلامَت", "Здоров'я", "Здоровье", "Sağlık"}},
        {"culture", {"Kultur und Freizeit", "Kultur und Frei-Zeit", "Culture and leisure", "ثَقَافَةٌ وَتَرْفِيهٌ", "فَرهَنگ و فَراغَت", "Культура і дозвілля", "Культура и досуг", "Kültür ve boş zaman"}},
        {"funding", {"Förderung", "Geld für Projekte", "Funding", "تَمْوِيلٌ", "بودجه", "Фінансування", "Финансирование", "Destek fonu"}},
        {"networking", {"Vernetzung", "Netz-Werk", "Networking", "تَوَاصُلٌ", "شَبَکه‌سازی", "Мережування", "Нетворкинг", "Ağ kurma"}},
        {"own-projects", {"Eigene Projekte", "Eigene Projekte", "Own projects", "مَشَارِيعُ خَاصَّةٌ", "پُروژه‌هایِ خود", "Власні проєкти", "Свои проекты", "Kendi projeleri"}},
    };
    return list;
}

const std::vector<Place>& places() {
    static const std::vector<Place> list = {
        {"Grünau", "Leipzig", "04209", "Stuttgarter Allee"},     {"Lößnig", "Leipzig", "04279", "Zwenkauer Straße"},
        {"Connewitz", "Leipzig", "04277", "Bornaische Straße"},  {"Plagwitz", "Leipzig", "04229", "Karl-Heine-Straße"},
        {"Schönefeld", "Leipzig", "04347", "Ossietzkystraße"},   {"Paunsdorf", "Leipzig", "04328", "Riesaer Straße"},
        {"Gohlis", "Leipzig", "04157", "Georg-Schumann-Straße"}, {"Möckern", "Leipzig", "04159", "Slevogtstraße"},
        {"Südvorstadt", "Leipzig", "04275", "Karl-Liebknecht-Straße"}, {"Reudnitz", "Leipzig", "04317", "Dresdner Straße"},
        {"Spandau", "Berlin", "13597", "Carl-Schurz-Straße"},    {"Staaken", "Berlin", "13591", "Obstallee"},
        {"Siemensstadt", "Berlin", "13629", "Nonnendammallee"},  {"Hakenfelde", "Berlin", "13587", "Streitstraße"},
        {"Wilhelmstadt", "Berlin", "13595", "Weißenburger Straße"}, {"Neukölln", "Berlin", "12043", "Karl-Marx-Straße"},
        {"Wedding", "Berlin", "13347", "Müllerstraße"},          {"Moabit", "Berlin", "10551", "Turmstraße"},
        {"Marzahn", "Berlin", "12679", "Märkische Allee"},       {"Köpenick", "Berlin", "12555", "Bahnhofstraße"},
        {"Prohlis", "Dresden", "01239", "Prohliser Allee"},      {"Gorbitz", "Dresden", "01169", "Leutewitzer Ring"},
        {"Striesen", "Dresden", "01309", "Borsbergstraße"},      {"Pieschen", "Dresden", "01127", "Bürgerstraße"},
        {"Johannstadt", "Dresden", "01307", "Pfotenhauerstraße"}, {"Neustadt", "Dresden", "01099", "Görlitzer Straße"},
        {"Löbtau", "Dresden", "01159", "Kesselsdorfer Straße"},  {"Leuben", "Dresden", "01257", "Pirnaer Landstraße"},
        {"Klotzsche", "Dresden", "01109", "Königsbrücker Landstraße"}, {"Plauen", "Dresden", "01187", "Chemnitzer Straße"},
    };
    return list;
}

const std::vector<std::string>& spokenLanguages() {
    static const std::vector<std::string> list = {"de", "en", "ar", "fa", "uk", "ru", "tr", "fr",
                                                  "es", "pl", "ro", "ku", "ti", "so", "vi", "ps"};
    return list;
}

const std::vector<std::string>& openingHoursExamples() {
    static const std::vector<std::string> list = {
        "Mo-Fr 09:00-17:00",
        "Mo-Th 09:00-16:00; Fr 09:00-13:00; PH off",
        "Tu,Th 10:00-12:00,14:00-18:00",
        "Mo-Sa 08:00-20:00; Su off",
        "Mo,We,Fr 13:00-19:00; PH off",
        "24/7",
        "Mo-Fr 10:00-14:00; Sa 10:00-12:00",
        "We 16:00-20:00",
        "Mo-Fr 08:30-12:30,13:30-16:00; PH off",
        "Fr-Sa 18:00-02:00",
    };
    return list;
}

std::vector<std::string> searchWords(const std::string& lang) {
    std::set<std::string> unique;
    for (const auto& phrases : phrasebook()) {
        if (phrases.code != lang) continue;
        auto add = [&](const std::vector<std::string>& texts) {
            for (const auto& text : texts)
                for (auto& word : splitWords(text)) unique.insert(word);
        };
        add(phrases.organisationTypes);
        add(phrases.focusGroups);
        add(phrases.eventKinds);
        add(phrases.guideStems);
        add(phrases.summaries);
    }
    for (const auto& place : places()) unique.insert(place.district);
    return {unique.begin(), unique.end()};
}

}  // namespace bench
