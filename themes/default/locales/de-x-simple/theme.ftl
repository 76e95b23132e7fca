# Interface strings of the default theme in Einfache Sprache (plain German).
# The variant `de-x-simple` reads every German string (locales/de/) first and
# these over them: only the messages that are simpler here are in this file.
# Rules: short sentences, one idea per sentence, common words, "Sie".
# Facts are a question and a short answer ("Was kostet das?" "Nichts.").

## Page frame
skip-to-content = Zum Text springen
choose-language = Welche Sprache möchten Sie?
breadcrumb = Hier sind Sie
page-not-found-text = Diese Seite gibt es nicht. Gehen Sie zur Start·seite.

## Home and district pages
district-offerings-heading = Das gibt es in { $district }
no-offerings = Hier gibt es noch nichts.

## Offering facts
fact-kind = Was ist das?
fact-when = Wann?
fact-where = Wo?
fact-audience = Für wen?
fact-languages = Diese Sprachen sprechen die Leute dort
fact-childcare = Gibt es Betreuung für Kinder?
fact-cost = Was kostet das?
fact-registration = Muss ich mich anmelden?
fact-contact = Wen kann ich fragen?
fact-organisation = Wer macht das?
fact-next = Das nächste Mal
childcare-yes = Ja.
childcare-no = Nein.
cost-free = Nichts.
registration-required = Ja, bitte vorher.
registration-not-required = Nein. Kommen Sie einfach.
place-wheelchair = Eingang ohne Stufen
online-join = Im Internet mitmachen
contact-website = Internet·seite

## Schedules
schedule-by-appointment = Nur mit Termin. Rufen Sie vorher an.
schedule-except = An diesen Tagen nicht: { $dates }

## Translations
translation-missing = Diesen Text gibt es noch nicht in Einfacher Sprache. Hier steht der Text in normalem Deutsch.
    .fallback = Diesen Text gibt es noch nicht in Einfacher Sprache. Hier steht der Text in normalem Deutsch.
machine-translated = Ein Computer hat diesen Text geschrieben. Vielleicht sind Fehler darin.

## What's on, calendars and feeds
whats-on-heading = Die nächsten 2 Wochen
whats-on-empty = In den nächsten 2 Wochen ist nichts.
next-dates = Die nächsten Termine
no-next-dates = Im Moment gibt es keine Termine.
add-to-calendar = In meinen Kalender schreiben
calendar-hint = Für den Kalender auf dem Handy
archive-heading = Das war schon
archive-link = Das war schon
archive-empty = Hier ist noch nichts.
event-over = Das war schon. Es ist vorbei.

## Flyers
flyers-heading = Blätter zum Drucken
flyer-scan = Machen Sie ein Foto von dem Code. Dann sehen Sie die Seite im Internet.

## Offerings list, filters and search
filter-heading = Weniger Angebote zeigen
filter-none = Kein Angebot passt. Nehmen Sie einen Filter weg.
search-label = Was suchen Sie?
search-none = Nichts gefunden. Versuchen Sie ein anderes Wort. Oder sehen Sie in der Liste nach:
