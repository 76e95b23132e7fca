# Interface strings of the default theme, German (Deutsch).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = Zum Inhalt springen
site-title = Informationen aus dem Stadtteil
nav-main = Hauptmenü
nav-footer = Weitere Informationen
language-switcher = Sprache
choose-language = Wählen Sie Ihre Sprache
home = Startseite
breadcrumb = Sie sind hier
page-not-found = Seite nicht gefunden
page-not-found-text = Diese Seite gibt es nicht (mehr). Bitte fangen Sie auf der Startseite neu an.
back-to-home = Zur Startseite

## Home and district pages
districts-heading = Unsere Stadtteile
district-offerings-heading = Das gibt es in { $district }
district-about = Über { $district }
offerings-count = { $count ->
    [one] Ein Angebot
   *[other] { $count } Angebote
}
categories-heading = Arten von Angeboten
category-offerings-heading = { $name } in allen Stadtteilen
no-offerings = Hier gibt es noch keine Angebote.
district-office = Stadtteilbüro
more-about = Mehr über { $name }
in-district = in { $district }

## Offering facts
fact-kind = Was
fact-when = Wann
fact-where = Wo
fact-audience = Für wen
fact-languages = Diese Sprachen werden dort gesprochen
fact-childcare = Kinderbetreuung
fact-cost = Kosten
fact-registration = Anmeldung
fact-contact = Kontakt
fact-organisation = Wer bietet das an
fact-next = Nächster Termin
fact-spoken = Sprachen
details-heading = Alle Angaben
childcare-yes = Es gibt eine Kinderbetreuung
childcare-no = Keine Kinderbetreuung
cost-free = Kostenlos
cost-amount = { $amount } { $currency }
registration-required = Bitte melden Sie sich vorher an
registration-not-required = Keine Anmeldung nötig, kommen Sie einfach vorbei
audience-everyone = Alle
audience-women = Frauen
audience-men = Männer
audience-parents = Eltern
audience-children = Kinder
audience-youth = Jugendliche
audience-seniors = Ältere Menschen
audience-families = Familien
place-map = Auf der Karte zeigen (OpenStreetMap)
place-wheelchair = Eingang ohne Stufen
place-online = Online
online-join = Online teilnehmen
contact-phone = Telefon
contact-email = E-Mail
contact-website = Internetseite

## Schedules
schedule-by-appointment = Nur mit Termin
schedule-weekly = { $interval ->
    [1] Jede Woche
    [2] Alle zwei Wochen
   *[other] Alle { $interval } Wochen
}
schedule-monthly = { $week ->
    [1] Jeden ersten { $dayname } im Monat
    [2] Jeden zweiten { $dayname } im Monat
    [3] Jeden dritten { $dayname } im Monat
    [4] Jeden vierten { $dayname } im Monat
   *[last] Jeden letzten { $dayname } im Monat
}
schedule-from = ab { $date }
schedule-until = bis { $date }
schedule-period = { $start } bis { $end }
schedule-except = Nicht an diesen Tagen: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = Dieser Text ist noch nicht auf Deutsch übersetzt. Hier steht er auf { $language }.
    .fallback = Dieser Text ist noch nicht in die Sprache „{ $into }“ übersetzt. Hier steht er auf { $language }.
machine-translated = Ein Computer hat diesen Text übersetzt. Es können Fehler darin sein.

## What's on, calendars and feeds
whats-on-heading = In den nächsten zwei Wochen
whats-on-empty = In den nächsten zwei Wochen ist nichts geplant.
whats-on-more = { $count ->
    [one] Ein weiterer Termin im Kalender
   *[other] { $count } weitere Termine im Kalender
}
next-dates = Die nächsten Termine
no-next-dates = Im Moment sind keine Termine geplant.
add-to-calendar = In meinen Kalender eintragen
calendar-site = Kalender aller Angebote
calendar-district = Kalender für { $district }
calendar-hint = Für die Kalender-App auf dem Handy (iCalendar)
archive-heading = Vergangene Veranstaltungen
archive-link = Vergangene Veranstaltungen
archive-empty = Es gibt keine vergangenen Veranstaltungen.
event-over = Diese Veranstaltung ist vorbei.
feed-title = Neue und geänderte Angebote
feed-link = Neuigkeiten (Atom-Feed)
today = Heute
tomorrow = Morgen

## Flyers
flyers-heading = Flyer zum Ausdrucken
flyer-single = Flyer auf { $language }
flyer-bilingual = Flyer auf { $first } und { $second }
info-sheet = Infoblatt in allen Sprachen
file-size = PDF, { $kb } KB
flyer-subtitle = Das gibt es hier
flyer-contact = Fragen? Sprechen Sie uns an
flyer-scan = Scannen Sie den Code: Dann sehen Sie diese Seite im Internet, in Ihrer Sprache.
flyer-footer = { $site } · Stand: { $date }
print-qr-alt = QR-Code: Link zu { $url }
print-scan-language = Scannen Sie den Code: Sie finden dieses Angebot in Ihrer Sprache.
poster-single = Plakat auf { $language } ({ $paper })
poster-bilingual = Plakat auf { $first } und { $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = Alle Angebote
search-heading = Suche
filter-heading = Liste eingrenzen
filter-district = Stadtteil
filter-day = Wochentag
filter-time = Tageszeit
time-morning = Vormittag
time-afternoon = Nachmittag
time-evening = Abend
filter-any = Alle
filter-childcare = Nur mit Kinderbetreuung
filter-free = Nur kostenlose
filter-reset = Alle Angebote zeigen
filter-none = Kein Angebot passt zu Ihrer Auswahl. Entfernen Sie einen Filter, um mehr zu sehen.
browse-heading = Angebote durchstöbern
audience-offerings-heading = Angebote für: { $name }
search-label = Was suchen Sie?
search-needs-js = Die Suche braucht JavaScript, das in Ihrem Browser ausgeschaltet ist. Alle Angebote finden Sie in der Liste:
search-results = { $count ->
    [one] Ein Treffer
   *[other] { $count } Treffer
}
search-none = Nichts gefunden. Versuchen Sie ein anderes Wort, oder sehen Sie in der Liste nach:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: Kurse, Treffpunkte, Beratung und Feste im Stadtteil, mit Terminen, Orten und Ansprechpersonen.
description-district = Kurse, Treffpunkte, Beratung und Feste in { $district }, mit Terminen, Orten und Ansprechpersonen.
description-offering = { $kind } in { $district }: { $title }, mit Terminen, Ort, Kosten und Ansprechperson.
description-category = { $site }: { $name } in allen Stadtteilen, mit Terminen, Orten, Kosten und Ansprechpersonen.
description-audience = { $site }: Angebote für { $name }, mit Terminen, Orten, Kosten und Ansprechpersonen.
description-offerings = { $site }: alle aktuellen Angebote in einer Liste, einzugrenzen nach Stadtteil, Art, Wochentag und Tageszeit.
description-search = { $site }: alle Angebote durchsuchen, nach Name, Art, Ort oder Sprache.
description-archive = { $site }: Veranstaltungen und Angebote, die vorbei sind.
description-page = { $title } – eine Seite von { $site }.
description-chooser = { $site } – wählen Sie Ihre Sprache: { $languages }
