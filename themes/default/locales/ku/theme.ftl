# Interface strings of the default theme, Kurdish Kurmanji (Kurmancî).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = Derbasî naverokê bibe
site-title = Agahiyên taxê
nav-main = Menûya sereke
nav-footer = Agahiyên din
language-switcher = Ziman
choose-language = Zimanê xwe hilbijêre
home = Rûpela sereke
breadcrumb = Tu li vir î
page-not-found = Rûpel nehat dîtin
page-not-found-text = Ev rûpel tune ye (an êdî tune ye). Ji kerema xwe ji rûpela sereke dîsa dest pê bike.
back-to-home = Vegere rûpela sereke

## Home and district pages
districts-heading = Taxên me
district-offerings-heading = Li { $district } çi heye
district-about = Derbarê { $district }
offerings-count = { $count ->
    [one] Xizmetek
   *[other] { $count } xizmet
}
categories-heading = Cureyên xizmetan
category-offerings-heading = { $name } li hemû taxan
no-offerings = Li vir hêj tu xizmet tune ye.
district-office = Nivîsgeha taxê
more-about = Bêtir li ser { $name }
in-district = li { $district }

## Offering facts
fact-kind = Çi
fact-when = Kengî
fact-where = Li ku
fact-audience = Ji bo kê
fact-languages = Zimanên ku li wir têne axaftin
fact-childcare = Lênêrîna zarokan
fact-cost = Mesref
fact-registration = Qeydkirin
fact-contact = Têkilî
fact-organisation = Amadekar
fact-next = Dema bê
fact-spoken = Ziman
details-heading = Hemû agahî
childcare-yes = Lênêrîna zarokan heye
childcare-no = Lênêrîna zarokan tune ye
cost-free = Belaş
cost-amount = { $amount } { $currency }
registration-required = Ji kerema xwe berê xwe qeyd bike
registration-not-required = Qeydkirin ne pêwîst e, tenê were
audience-everyone = Her kes
audience-women = Jin
audience-men = Mêr
audience-parents = Dê û bav
audience-children = Zarok
audience-youth = Ciwan
audience-seniors = Kal û pîr
audience-families = Malbat
place-map = Li ser nexşeyê nîşan bide (OpenStreetMap)
place-wheelchair = Têketina bê derence
place-online = Online
online-join = Online beşdar bibe
contact-phone = Telefon
contact-email = E-name
contact-website = Malper

## Schedules
schedule-by-appointment = Bi randevû
schedule-weekly = { $interval ->
    [1] Her hefte
    [2] Her du hefteyan carekê
   *[other] Her { $interval } hefteyan carekê
}
# Weekday names need the ezafe ending here, so they are written out.
schedule-monthly = { $week ->
    [1] { $day ->
           *[mon] Duşema yekem a mehê
            [tue] Sêşema yekem a mehê
            [wed] Çarşema yekem a mehê
            [thu] Pêncşema yekem a mehê
            [fri] Îniya yekem a mehê
            [sat] Şemiya yekem a mehê
            [sun] Yekşema yekem a mehê
        }
    [2] { $day ->
           *[mon] Duşema duyem a mehê
            [tue] Sêşema duyem a mehê
            [wed] Çarşema duyem a mehê
            [thu] Pêncşema duyem a mehê
            [fri] Îniya duyem a mehê
            [sat] Şemiya duyem a mehê
            [sun] Yekşema duyem a mehê
        }
    [3] { $day ->
           *[mon] Duşema sêyem a mehê
            [tue] Sêşema sêyem a mehê
            [wed] Çarşema sêyem a mehê
            [thu] Pêncşema sêyem a mehê
            [fri] Îniya sêyem a mehê
            [sat] Şemiya sêyem a mehê
            [sun] Yekşema sêyem a mehê
        }
    [4] { $day ->
           *[mon] Duşema çarem a mehê
            [tue] Sêşema çarem a mehê
            [wed] Çarşema çarem a mehê
            [thu] Pêncşema çarem a mehê
            [fri] Îniya çarem a mehê
            [sat] Şemiya çarem a mehê
            [sun] Yekşema çarem a mehê
        }
   *[last] { $day ->
           *[mon] Duşema dawî ya mehê
            [tue] Sêşema dawî ya mehê
            [wed] Çarşema dawî ya mehê
            [thu] Pêncşema dawî ya mehê
            [fri] Îniya dawî ya mehê
            [sat] Şemiya dawî ya mehê
            [sun] Yekşema dawî ya mehê
        }
}
schedule-from = ji { $date } pê ve
schedule-until = heta { $date }
schedule-period = ji { $start } heta { $end }
schedule-except = Ji bilî van rojan: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = Ev nivîs hêj bo kurmancî nehatiye wergerandin. Li vir bi zimanê { $language } e.
    .fallback = Ev nivîs hêj bo zimanê { $into } nehatiye wergerandin. Li vir bi zimanê { $language } e.
machine-translated = Ev nivîs ji aliyê kompîterê ve hatiye wergerandin. Dibe ku çewtî tê de hebin.

## What's on, calendars and feeds
whats-on-heading = Di du hefteyên bê de
whats-on-empty = Ji bo du hefteyên bê tiştek nehatiye plankirin.
whats-on-more = { $count ->
    [one] Di salnameyê de tarîxeke din
   *[other] Di salnameyê de { $count } tarîxên din
}
next-dates = Tarîxên bê
no-next-dates = Niha tu tarîx nehatiye diyarkirin.
add-to-calendar = Li salnameya min zêde bike
calendar-site = Salnameya hemû xizmetan
calendar-district = Salnameya { $district }
calendar-hint = Ji bo sepana salnameyê li ser telefona te (iCalendar)
archive-heading = Çalakiyên borî
archive-link = Çalakiyên borî
archive-empty = Çalakiyên borî tune ne.
event-over = Ev çalakî qediya.
feed-title = Xizmetên nû û nûkirî
feed-link = Nûçe (Atom feed)
today = Îro
tomorrow = Sibê

## Flyers
flyers-heading = Belavok ji bo çapkirinê
flyer-single = Belavok bi zimanê { $language }
flyer-bilingual = Belavok bi zimanên { $first } û { $second }
info-sheet = Pelgeya agahiyan bi hemû zimanan
file-size = PDF, { $kb } KB
flyer-subtitle = Li vir çi heye
flyer-contact = Pirsên te hene? Ji me bipirse
flyer-scan = Kodê skan bike, da ku tu vê rûpelê li ser înternetê bi zimanê xwe bibînî.
flyer-footer = { $site } · Dîroka agahiyan: { $date }
print-qr-alt = Koda QR: girêdana { $url }
print-scan-language = Kodê bişopîne da ku vê bi zimanê xwe bixwînî.
poster-single = Poster bi { $language } ({ $paper })
poster-bilingual = Poster bi { $first } û { $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = Hemû xizmet
search-heading = Lêgerîn
filter-heading = Lîsteyê teng bike
filter-district = Tax
filter-day = Roja hefteyê
filter-time = Dema rojê
time-morning = Sibeh
time-afternoon = Piştî nîvro
time-evening = Êvar
filter-any = Hemû
filter-childcare = Tenê bi lênêrîna zarokan
filter-free = Tenê yên belaş
filter-reset = Hemû xizmetan nîşan bide
filter-none = Tu xizmet li gorî hilbijartina te nîne. Parzûnekê rake da ku bêtir bibînî.
browse-heading = Li xizmetan binêre
audience-offerings-heading = Xizmet ji bo: { $name }
search-label = Tu li çi digerî?
search-needs-js = Ji bo lêgerînê JavaScript pêwîst e, lê ew di geroka te de girtî ye. Hemû xizmet di lîsteyê de ne:
search-results = { $count ->
    [one] Encamek
   *[other] { $count } encam
}
search-none = Tiştek nehat dîtin. Peyveke din biceribîne an li lîsteyê binêre:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: kurs, cihên hevdîtinê, şêwirdarî û şahî li taxê, bi dîrok, cih û têkiliyan.
description-district = Kurs, cihên hevdîtinê, şêwirdarî û şahî li { $district }, bi dîrok, cih û têkiliyan.
description-offering = { $kind } li { $district }: { $title }, bi dîrok, cih, lêçûn û têkiliyê.
description-category = { $site }: { $name } li hemû taxan, bi dîrok, cih, lêçûn û têkiliyan.
description-audience = { $site }: xizmet ji bo { $name }, bi dîrok, cih, lêçûn û têkiliyan.
description-offerings = { $site }: hemû xizmetên niha di lîsteyekê de, li gorî tax, cure, roja hefteyê û dema rojê tê teng kirin.
description-search = { $site }: di hemû xizmetan de li gorî nav, cure, cih an ziman bigere.
description-archive = { $site }: çalakî û xizmetên ku qediyane.
description-page = { $title } – rûpelek ji { $site }.
description-chooser = { $site } – zimanê xwe hilbijêre: { $languages }
