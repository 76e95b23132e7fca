# Interface strings of the default theme, English.
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = Skip to content
site-title = Neighbourhood information
nav-main = Main navigation
nav-footer = More information
language-switcher = Language
choose-language = Choose your language
home = Home
breadcrumb = You are here
page-not-found = Page not found
page-not-found-text = This page does not exist (any more). Please start again from the home page.
back-to-home = To the home page

## Home and district pages
districts-heading = Our districts
district-offerings-heading = What is on offer in { $district }
district-about = About { $district }
offerings-count = { $count ->
    [one] One offering
   *[other] { $count } offerings
}
categories-heading = Kinds of offering
category-offerings-heading = { $name } in all districts
no-offerings = There are no offerings here yet.
district-office = District office
more-about = More about { $name }
in-district = in { $district }

## Offering facts
fact-kind = What
fact-when = When
fact-where = Where
fact-audience = For whom
fact-languages = Languages spoken there
fact-childcare = Childcare
fact-cost = Cost
fact-registration = Registration
fact-contact = Contact
fact-organisation = Organised by
fact-next = Next date
fact-spoken = Languages
details-heading = All details
childcare-yes = Childcare is provided
childcare-no = No childcare
cost-free = Free of charge
cost-amount = { $amount } { $currency }
registration-required = Please register in advance
registration-not-required = No registration needed, just come along
audience-everyone = Everyone
audience-women = Women
audience-men = Men
audience-parents = Parents
audience-children = Children
audience-youth = Young people
audience-seniors = Older people
audience-families = Families
place-map = Show on the map (OpenStreetMap)
place-wheelchair = Step-free access
place-online = Online
online-join = Join online
contact-phone = Phone
contact-email = Email
contact-website = Website

## Schedules
schedule-by-appointment = By appointment
schedule-weekly = { $interval ->
    [1] Every week
   *[other] Every { $interval } weeks
}
schedule-monthly = { $week ->
    [1] First { $dayname } of the month
    [2] Second { $dayname } of the month
    [3] Third { $dayname } of the month
    [4] Fourth { $dayname } of the month
   *[last] Last { $dayname } of the month
}
schedule-from = from { $date }
schedule-until = until { $date }
schedule-period = { $start } to { $end }
schedule-except = Not on: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = This text has not been translated into English yet. Here it is in { $language }.
    .fallback = This text has not been translated into { $into } yet. Here it is in { $language }.
machine-translated = This text was translated by a computer and may contain mistakes.

## What's on, calendars and feeds
whats-on-heading = Coming up in the next two weeks
whats-on-empty = Nothing is planned for the next two weeks.
whats-on-more = { $count ->
    [one] One more date in the calendar
   *[other] { $count } more dates in the calendar
}
next-dates = Next dates
no-next-dates = No dates are planned at the moment.
add-to-calendar = Add to my calendar
calendar-site = Calendar of all offerings
calendar-district = Calendar of { $district }
calendar-hint = For the calendar app on your phone (iCalendar)
archive-heading = Past events
archive-link = Past events
archive-empty = There are no past events.
event-over = This event is over.
feed-title = New and updated offerings
feed-link = News (Atom feed)
today = Today
tomorrow = Tomorrow

## Flyers
flyers-heading = Flyers to print
flyer-single = Flyer in { $language }
flyer-bilingual = Flyer in { $first } and { $second }
info-sheet = Information sheet in all languages
file-size = PDF, { $kb } KB
flyer-subtitle = What is on offer
flyer-contact = Questions? Ask us
flyer-scan = Scan the code to see this page on the internet, in your language.
flyer-footer = { $site } · as of { $date }
print-qr-alt = QR code: link to { $url }
print-scan-language = Scan the code to read this in your language.
poster-single = Poster in { $language } ({ $paper })
poster-bilingual = Poster in { $first } and { $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = All offerings
search-heading = Search
filter-heading = Narrow down the list
filter-district = District
filter-day = Weekday
filter-time = Time of day
time-morning = Morning
time-afternoon = Afternoon
time-evening = Evening
filter-any = All
filter-childcare = Only with childcare
filter-free = Only free of charge
filter-reset = Show all offerings
filter-none = No offering matches your choice. Remove a filter to see more.
browse-heading = Browse the offerings
audience-offerings-heading = Offerings for: { $name }
search-label = What are you looking for?
search-needs-js = Searching needs JavaScript, which is switched off in your browser. Every offering is in the list:
search-results = { $count ->
    [one] One result
   *[other] { $count } results
}
search-none = Nothing found. Try another word, or look through the list:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: courses, meeting places, advice and festivals in the neighbourhood, with dates, places and contacts.
description-district = Courses, meeting places, advice and festivals in { $district }, with dates, places and contacts.
description-offering = { $kind } in { $district }: { $title }, with dates, place, costs and contact.
description-category = { $site }: { $name } in all districts, with dates, places, costs and contacts.
description-audience = { $site }: offerings for { $name }, with dates, places, costs and contacts.
description-offerings = { $site }: every current offering in one list, to narrow down by district, kind, weekday and time of day.
description-search = { $site }: search every offering by name, kind, place or language.
description-archive = { $site }: events and offerings that are over.
description-page = { $title } – a page of { $site }.
description-chooser = { $site } – choose your language: { $languages }
