# Interface strings of the default theme, Polish (polski).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = Przejdź do treści
site-title = Informacje o dzielnicy
nav-main = Menu główne
nav-footer = Więcej informacji
language-switcher = Język
choose-language = Wybierz swój język
home = Strona główna
breadcrumb = Jesteś tutaj
page-not-found = Nie znaleziono strony
page-not-found-text = Ta strona nie istnieje (albo już nie istnieje). Wróć proszę na stronę główną i zacznij od nowa.
back-to-home = Do strony głównej

## Home and district pages
districts-heading = Nasze dzielnice
district-offerings-heading = Oferta w dzielnicy { $district }
district-about = O dzielnicy { $district }
offerings-count = { $count ->
    [one] Jedna oferta
    [few] { $count } oferty
    [many] { $count } ofert
   *[other] { $count } oferty
}
categories-heading = Rodzaje ofert
category-offerings-heading = { $name } we wszystkich dzielnicach
no-offerings = Na razie nie ma tu żadnych ofert.
district-office = Biuro dzielnicy
more-about = Więcej o: { $name }
in-district = w dzielnicy { $district }

## Offering facts
fact-kind = Co
fact-when = Kiedy
fact-where = Gdzie
fact-audience = Dla kogo
fact-languages = W jakich językach można tam rozmawiać
fact-childcare = Opieka nad dziećmi
fact-cost = Koszt
fact-registration = Zapisy
fact-contact = Kontakt
fact-organisation = Organizator
fact-next = Najbliższy termin
fact-spoken = Języki
details-heading = Wszystkie informacje
childcare-yes = Jest opieka nad dziećmi
childcare-no = Bez opieki nad dziećmi
cost-free = Bezpłatnie
cost-amount = { $amount } { $currency }
registration-required = Prosimy zapisać się wcześniej
registration-not-required = Nie trzeba się zapisywać – wystarczy przyjść
audience-everyone = Wszyscy
audience-women = Kobiety
audience-men = Mężczyźni
audience-parents = Rodzice
audience-children = Dzieci
audience-youth = Młodzież
audience-seniors = Osoby starsze
audience-families = Rodziny
place-map = Pokaż na mapie (OpenStreetMap)
place-wheelchair = Wejście bez schodów
place-online = Online
online-join = Dołącz online
contact-phone = Telefon
contact-email = E-mail
contact-website = Strona internetowa

## Schedules
schedule-by-appointment = Po wcześniejszym umówieniu się
schedule-weekly = { $interval ->
    [1] Co tydzień
    [2] Co dwa tygodnie
    [one] Co { $interval } tydzień
    [few] Co { $interval } tygodnie
    [many] Co { $interval } tygodni
   *[other] Co { $interval } tygodnia
}
# Masculine weekdays (mon, tue, thu, fri) use $dayname: accusative = nominative.
# Feminine weekdays (wed, sat, sun) are written out in the accusative.
schedule-monthly = { $week ->
    [1] { $day ->
           *[mon] W każdy pierwszy { $dayname } miesiąca
            [tue] W każdy pierwszy { $dayname } miesiąca
            [wed] W każdą pierwszą środę miesiąca
            [thu] W każdy pierwszy { $dayname } miesiąca
            [fri] W każdy pierwszy { $dayname } miesiąca
            [sat] W każdą pierwszą sobotę miesiąca
            [sun] W każdą pierwszą niedzielę miesiąca
        }
    [2] { $day ->
           *[mon] W każdy drugi { $dayname } miesiąca
            [tue] W każdy drugi { $dayname } miesiąca
            [wed] W każdą drugą środę miesiąca
            [thu] W każdy drugi { $dayname } miesiąca
            [fri] W każdy drugi { $dayname } miesiąca
            [sat] W każdą drugą sobotę miesiąca
            [sun] W każdą drugą niedzielę miesiąca
        }
    [3] { $day ->
           *[mon] W każdy trzeci { $dayname } miesiąca
            [tue] W każdy trzeci { $dayname } miesiąca
            [wed] W każdą trzecią środę miesiąca
            [thu] W każdy trzeci { $dayname } miesiąca
            [fri] W każdy trzeci { $dayname } miesiąca
            [sat] W każdą trzecią sobotę miesiąca
            [sun] W każdą trzecią niedzielę miesiąca
        }
    [4] { $day ->
           *[mon] W każdy czwarty { $dayname } miesiąca
            [tue] W każdy czwarty { $dayname } miesiąca
            [wed] W każdą czwartą środę miesiąca
            [thu] W każdy czwarty { $dayname } miesiąca
            [fri] W każdy czwarty { $dayname } miesiąca
            [sat] W każdą czwartą sobotę miesiąca
            [sun] W każdą czwartą niedzielę miesiąca
        }
   *[last] { $day ->
           *[mon] W każdy ostatni { $dayname } miesiąca
            [tue] W każdy ostatni { $dayname } miesiąca
            [wed] W każdą ostatnią środę miesiąca
            [thu] W każdy ostatni { $dayname } miesiąca
            [fri] W każdy ostatni { $dayname } miesiąca
            [sat] W każdą ostatnią sobotę miesiąca
            [sun] W każdą ostatnią niedzielę miesiąca
        }
}
schedule-from = od { $date }
schedule-until = do { $date }
schedule-period = od { $start } do { $end }
schedule-except = Oprócz tych dni: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = Ten tekst nie jest jeszcze przetłumaczony na język polski. Tutaj jest w języku: { $language }.
    .fallback = Ten tekst nie jest jeszcze przetłumaczony na język: { $into }. Tutaj jest w języku: { $language }.
machine-translated = Ten tekst przetłumaczył komputer. Mogą w nim być błędy.

## What's on, calendars and feeds
whats-on-heading = W najbliższych dwóch tygodniach
whats-on-empty = Na najbliższe dwa tygodnie nic nie zaplanowano.
whats-on-more = { $count ->
    [one] Jeszcze jeden termin w kalendarzu
    [few] Jeszcze { $count } terminy w kalendarzu
    [many] Jeszcze { $count } terminów w kalendarzu
   *[other] Jeszcze { $count } terminu w kalendarzu
}
next-dates = Najbliższe terminy
no-next-dates = Na razie nie ma zaplanowanych terminów.
add-to-calendar = Dodaj do mojego kalendarza
calendar-site = Kalendarz wszystkich ofert
calendar-district = Kalendarz dzielnicy { $district }
calendar-hint = Do aplikacji z kalendarzem w telefonie (iCalendar)
archive-heading = Minione wydarzenia
archive-link = Minione wydarzenia
archive-empty = Nie ma minionych wydarzeń.
event-over = To wydarzenie już się odbyło.
feed-title = Nowe i zmienione oferty
feed-link = Aktualności (kanał Atom)
today = Dzisiaj
tomorrow = Jutro

## Flyers
flyers-heading = Ulotki do wydrukowania
flyer-single = Ulotka: { $language }
flyer-bilingual = Ulotka: { $first } i { $second }
info-sheet = Karta informacyjna we wszystkich językach
file-size = PDF, { $kb } KB
flyer-subtitle = Co tu znajdziesz
flyer-contact = Masz pytania? Zapytaj nas
flyer-scan = Zeskanuj kod, aby otworzyć tę stronę w internecie w swoim języku.
flyer-footer = { $site } · Stan na { $date }
print-qr-alt = Kod QR: link do { $url }
print-scan-language = Zeskanuj kod, aby przeczytać to w swoim języku.
poster-single = Plakat: { $language } ({ $paper })
poster-bilingual = Plakat: { $first } i { $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = Wszystkie oferty
search-heading = Szukaj
filter-heading = Zawęź listę
filter-district = Dzielnica
filter-day = Dzień tygodnia
filter-time = Pora dnia
time-morning = Przed południem
time-afternoon = Po południu
time-evening = Wieczorem
filter-any = Wszystkie
filter-childcare = Tylko z opieką nad dziećmi
filter-free = Tylko bezpłatne
filter-reset = Pokaż wszystkie oferty
filter-none = Żadna oferta nie pasuje do wyboru. Usuń któryś filtr, aby zobaczyć więcej.
browse-heading = Przeglądaj oferty
audience-offerings-heading = Oferty dla: { $name }
search-label = Czego szukasz?
search-needs-js = Wyszukiwanie wymaga JavaScriptu, który jest wyłączony w Twojej przeglądarce. Wszystkie oferty są na liście:
search-results = { $count ->
    [one] Jeden wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
search-none = Nic nie znaleziono. Spróbuj innego słowa albo przejrzyj listę:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: kursy, miejsca spotkań, poradnictwo i festyny w dzielnicy – z terminami, miejscami i kontaktami.
description-district = Kursy, miejsca spotkań, poradnictwo i festyny w dzielnicy { $district } – z terminami, miejscami i kontaktami.
description-offering = { $kind } w dzielnicy { $district }: { $title } – z terminami, miejscem, kosztami i kontaktem.
description-category = { $site }: { $name } we wszystkich dzielnicach – z terminami, miejscami, kosztami i kontaktami.
description-audience = { $site } – oferty dla: { $name }, z terminami, miejscami, kosztami i kontaktami.
description-offerings = { $site }: wszystkie aktualne oferty na jednej liście, z filtrami według dzielnicy, rodzaju, dnia tygodnia i pory dnia.
description-search = { $site }: szukaj we wszystkich ofertach według nazwy, rodzaju, miejsca lub języka.
description-archive = { $site }: minione wydarzenia i zakończone oferty.
description-page = { $title } – strona serwisu „{ $site }”.
description-chooser = { $site } – wybierz swój język: { $languages }
