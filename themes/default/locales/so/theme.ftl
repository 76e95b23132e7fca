# Interface strings of the default theme, Somali (Soomaali).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = U gudub qoraalka
site-title = Macluumaadka xaafadda
nav-main = Liiska guud
nav-footer = Macluumaad dheeraad ah
language-switcher = Luqadda
choose-language = Dooro luqaddaada
home = Bogga hore
breadcrumb = Halkan ayaad joogtaa
page-not-found = Boggan lama helin
page-not-found-text = Boggani ma jiro (ama hadda ma jiro). Fadlan mar kale ka bilow bogga hore.
back-to-home = Ku noqo bogga hore

## Home and district pages
districts-heading = Xaafadahayaga
district-offerings-heading = Adeegyada laga helo { $district }
district-about = Ku saabsan { $district }
offerings-count = { $count ->
    [one] Hal adeeg
   *[other] { $count } adeeg
}
categories-heading = Noocyada adeegyada
category-offerings-heading = { $name } – xaafadaha oo dhan
no-offerings = Halkan weli adeeg ma jiro.
district-office = Xafiiska xaafadda
more-about = Wax dheeraad ah oo ku saabsan { $name }
in-district = gudaha { $district }

## Offering facts
fact-kind = Waa maxay
fact-when = Goorma
fact-where = Halkee
fact-audience = Yaa loogu talagalay
fact-languages = Luqadaha halkaas looga hadlo
fact-childcare = Daryeelka carruurta
fact-cost = Qiimaha
fact-registration = Is-diiwaangelinta
fact-contact = Xiriirka
fact-organisation = Waxaa qabanqaabiya
fact-next = Taariikhda xigta
fact-spoken = Luqadaha
details-heading = Faahfaahinta oo dhan
childcare-yes = Carruurta waa la daryeelaa
childcare-no = Daryeel carruureed ma jiro
cost-free = Waa bilaash
cost-amount = { $amount } { $currency }
registration-required = Fadlan horay isu diiwaangeli
registration-not-required = Diiwaangelin looma baahna, kaliya imow
audience-everyone = Qof kasta
audience-women = Haweenka
audience-men = Ragga
audience-parents = Waalidiinta
audience-children = Carruurta
audience-youth = Dhallinyarada
audience-seniors = Dadka waayeelka ah
audience-families = Qoysaska
place-map = Ka eeg khariidadda (OpenStreetMap)
place-wheelchair = Albaab aan jaranjaro lahayn
place-online = Online
online-join = Online ku biir
contact-phone = Taleefan
contact-email = Iimayl
contact-website = Bogga internetka

## Schedules
schedule-by-appointment = Ballan ayaa loo baahan yahay
schedule-weekly = { $interval ->
    [1] Toddobaad kasta
    [2] Laba toddobaadba mar
   *[other] { $interval } toddobaadba mar
}
# Weekday names need the definite article here, so they are written out.
schedule-monthly = { $week ->
    [1] { $day ->
           *[mon] Isniinta koowaad ee bil kasta
            [tue] Talaadada koowaad ee bil kasta
            [wed] Arbacada koowaad ee bil kasta
            [thu] Khamiista koowaad ee bil kasta
            [fri] Jimcaha koowaad ee bil kasta
            [sat] Sabtida koowaad ee bil kasta
            [sun] Axadda koowaad ee bil kasta
        }
    [2] { $day ->
           *[mon] Isniinta labaad ee bil kasta
            [tue] Talaadada labaad ee bil kasta
            [wed] Arbacada labaad ee bil kasta
            [thu] Khamiista labaad ee bil kasta
            [fri] Jimcaha labaad ee bil kasta
            [sat] Sabtida labaad ee bil kasta
            [sun] Axadda labaad ee bil kasta
        }
    [3] { $day ->
           *[mon] Isniinta saddexaad ee bil kasta
            [tue] Talaadada saddexaad ee bil kasta
            [wed] Arbacada saddexaad ee bil kasta
            [thu] Khamiista saddexaad ee bil kasta
            [fri] Jimcaha saddexaad ee bil kasta
            [sat] Sabtida saddexaad ee bil kasta
            [sun] Axadda saddexaad ee bil kasta
        }
    [4] { $day ->
           *[mon] Isniinta afraad ee bil kasta
            [tue] Talaadada afraad ee bil kasta
            [wed] Arbacada afraad ee bil kasta
            [thu] Khamiista afraad ee bil kasta
            [fri] Jimcaha afraad ee bil kasta
            [sat] Sabtida afraad ee bil kasta
            [sun] Axadda afraad ee bil kasta
        }
   *[last] { $day ->
           *[mon] Isniinta ugu dambeysa ee bil kasta
            [tue] Talaadada ugu dambeysa ee bil kasta
            [wed] Arbacada ugu dambeysa ee bil kasta
            [thu] Khamiista ugu dambeysa ee bil kasta
            [fri] Jimcaha ugu dambeeya ee bil kasta
            [sat] Sabtida ugu dambeysa ee bil kasta
            [sun] Axadda ugu dambeysa ee bil kasta
        }
}
schedule-from = laga bilaabo { $date }
schedule-until = ilaa { $date }
schedule-period = { $start } ilaa { $end }
schedule-except = Maalmahan ma jiro: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = Qoraalkan weli looma turjumin af-Soomaali. Halkan wuxuu ku qoran yahay luqadda { $language }.
    .fallback = Qoraalkan weli looma turjumin luqadda { $into }. Halkan wuxuu ku qoran yahay luqadda { $language }.
machine-translated = Qoraalkan waxaa turjumay kombiyuutar, waxaana laga yaabaa inuu khaladaad leeyahay.

## What's on, calendars and feeds
whats-on-heading = Labada toddobaad ee soo socda
whats-on-empty = Labada toddobaad ee soo socda waxba lama qorsheyn.
whats-on-more = { $count ->
    [one] Hal taariikh oo kale ayaa ku jirta kalandarka
   *[other] { $count } taariikhood oo kale ayaa ku jira kalandarka
}
next-dates = Taariikhaha soo socda
no-next-dates = Hadda ma jiraan taariikho la qorsheeyay.
add-to-calendar = Ku dar kalandarkayga
calendar-site = Kalandarka adeegyada oo dhan
calendar-district = Kalandarka { $district }
calendar-hint = Loogu talagalay app-ka kalandarka ee taleefankaaga (iCalendar)
archive-heading = Dhacdooyinkii hore
archive-link = Dhacdooyinkii hore
archive-empty = Dhacdooyin hore ma jiraan.
event-over = Dhacdadan way dhammaatay.
feed-title = Adeegyo cusub iyo kuwo la cusboonaysiiyay
feed-link = Wararka (Atom feed)
today = Maanta
tomorrow = Berri

## Flyers
flyers-heading = Waraaqo aad daabici karto
flyer-single = Warqad: { $language }
flyer-bilingual = Warqad: { $first } iyo { $second }
info-sheet = Warqad macluumaad – luqadaha oo dhan
file-size = PDF, { $kb } KB
flyer-subtitle = Adeegyada halkan laga helo
flyer-contact = Su'aal ma qabtaa? Na weydii
flyer-scan = Iskaan garee koodka. Markaas waxaad internetka ku arki doontaa boggan oo ku qoran luqaddaada.
flyer-footer = { $site } · La cusboonaysiiyay: { $date }
print-qr-alt = Koodhka QR: xiriirka { $url }
print-scan-language = Iskaan garee koodhka si aad tan ugu akhrido luqaddaada.
poster-single = Boodhadh { $language } ah ({ $paper })
poster-bilingual = Boodhadh { $first } iyo { $second } ah ({ $paper })

## Offerings list, filters and search
offerings-heading = Dhammaan adeegyada
search-heading = Raadi
filter-heading = Liiska soo koob
filter-district = Xaafadda
filter-day = Maalinta toddobaadka
filter-time = Waqtiga maalinta
time-morning = Subax
time-afternoon = Galab
time-evening = Fiid
filter-any = Dhammaan
filter-childcare = Kaliya kuwa leh daryeel carruur
filter-free = Kaliya kuwa bilaashka ah
filter-reset = Tus dhammaan adeegyada
filter-none = Ma jiro adeeg ku habboon doorashadaada. Ka saar shaandhayn si aad u aragto wax badan.
browse-heading = Eeg adeegyada
audience-offerings-heading = Adeegyo loogu talagalay: { $name }
search-label = Maxaad raadinaysaa?
search-needs-js = Raadintu waxay u baahan tahay JavaScript, oo ka xiran browser-kaaga. Dhammaan adeegyada waxay ku jiraan liiska:
search-results = { $count ->
    [one] Hal natiijo
   *[other] { $count } natiijo
}
search-none = Waxba lama helin. Isku day eray kale, ama eeg liiska:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: koorsooyin, goobo kulan, talo-bixin iyo dabbaaldegyo ka dhaca xaafadda, oo leh taariikhaha, goobaha iyo xiriirka.
description-district = Koorsooyin, goobo kulan, talo-bixin iyo dabbaaldegyo ka dhaca { $district }, oo leh taariikhaha, goobaha iyo xiriirka.
description-offering = { $kind } ({ $district }): { $title }, oo leh taariikhaha, goobta, kharashka iyo xiriirka.
description-category = { $site }: { $name } – xaafadaha oo dhan, oo leh taariikhaha, goobaha, kharashka iyo xiriirka.
description-audience = { $site }: adeegyo loogu talagalay { $name }, oo leh taariikhaha, goobaha, kharashka iyo xiriirka.
description-offerings = { $site }: dhammaan adeegyada hadda jira oo hal liis ah, oo lagu kala sooci karo xaafadda, nooca, maalinta toddobaadka iyo waqtiga maalinta.
description-search = { $site }: ka raadi dhammaan adeegyada magac, nooc, goob ama luqad.
description-archive = { $site }: dhacdooyin iyo adeegyo dhammaaday.
description-page = { $title } – bog ka mid ah { $site }.
description-chooser = { $site } – dooro luqaddaada: { $languages }
