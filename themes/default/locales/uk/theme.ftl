# Interface strings of the default theme, Ukrainian (українська).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = Перейти до змісту
site-title = Інформація про район
nav-main = Головне меню
nav-footer = Додаткова інформація
language-switcher = Мова
choose-language = Оберіть мову
home = Головна сторінка
breadcrumb = Ви тут
page-not-found = Сторінку не знайдено
page-not-found-text = Цієї сторінки немає (або вже немає). Будь ласка, почніть знову з головної сторінки.
back-to-home = На головну сторінку

## Home and district pages
districts-heading = Наші райони
district-offerings-heading = Що є в районі { $district }
district-about = Про район { $district }
offerings-count = { $count ->
    [one] { $count } пропозиція
    [few] { $count } пропозиції
    [many] { $count } пропозицій
   *[other] { $count } пропозиції
}
categories-heading = Види пропозицій
category-offerings-heading = { $name } в усіх районах
no-offerings = Тут поки немає пропозицій.
district-office = Офіс району
more-about = Докладніше: { $name }
in-district = в районі { $district }

## Offering facts
fact-kind = Що
fact-when = Коли
fact-where = Де
fact-audience = Для кого
fact-languages = Якими мовами там розмовляють
fact-childcare = Догляд за дітьми
fact-cost = Вартість
fact-registration = Запис
fact-contact = Контакти
fact-organisation = Організатор
fact-next = Найближча дата
fact-spoken = Мови
details-heading = Усі подробиці
childcare-yes = Є догляд за дітьми
childcare-no = Догляду за дітьми немає
cost-free = Безкоштовно
cost-amount = { $amount } { $currency }
registration-required = Будь ласка, запишіться заздалегідь
registration-not-required = Записуватися не потрібно, просто приходьте
audience-everyone = Усі
audience-women = Жінки
audience-men = Чоловіки
audience-parents = Батьки
audience-children = Діти
audience-youth = Молодь
audience-seniors = Літні люди
audience-families = Родини
place-map = Показати на карті (OpenStreetMap)
place-wheelchair = Вхід без сходинок
place-online = Онлайн
online-join = Долучитися онлайн
contact-phone = Телефон
contact-email = Електронна пошта
contact-website = Вебсайт

## Schedules
schedule-by-appointment = За записом
schedule-weekly = { $interval ->
    [1] Щотижня
    [2] Раз на два тижні
    [one] Раз на { $interval } тиждень
    [few] Раз на { $interval } тижні
    [many] Раз на { $interval } тижнів
   *[other] Раз на { $interval } тижня
}
# Masculine weekdays (mon, tue, thu) use $dayname: accusative = nominative.
# Feminine weekdays (wed, fri, sat, sun) are written out in the accusative.
schedule-monthly = { $week ->
    [1] { $day ->
           *[mon] Кожен перший { $dayname } місяця
            [tue] Кожен перший { $dayname } місяця
            [wed] Кожну першу середу місяця
            [thu] Кожен перший { $dayname } місяця
            [fri] Кожну першу пʼятницю місяця
            [sat] Кожну першу суботу місяця
            [sun] Кожну першу неділю місяця
        }
    [2] { $day ->
           *[mon] Кожен другий { $dayname } місяця
            [tue] Кожен другий { $dayname } місяця
            [wed] Кожну другу середу місяця
            [thu] Кожен другий { $dayname } місяця
            [fri] Кожну другу пʼятницю місяця
            [sat] Кожну другу суботу місяця
            [sun] Кожну другу неділю місяця
        }
    [3] { $day ->
           *[mon] Кожен третій { $dayname } місяця
            [tue] Кожен третій { $dayname } місяця
            [wed] Кожну третю середу місяця
            [thu] Кожен третій { $dayname } місяця
            [fri] Кожну третю пʼятницю місяця
            [sat] Кожну третю суботу місяця
            [sun] Кожну третю неділю місяця
        }
    [4] { $day ->
           *[mon] Кожен четвертий { $dayname } місяця
            [tue] Кожен четвертий { $dayname } місяця
            [wed] Кожну четверту середу місяця
            [thu] Кожен четвертий { $dayname } місяця
            [fri] Кожну четверту пʼятницю місяця
            [sat] Кожну четверту суботу місяця
            [sun] Кожну четверту неділю місяця
        }
   *[last] { $day ->
           *[mon] Кожен останній { $dayname } місяця
            [tue] Кожен останній { $dayname } місяця
            [wed] Кожну останню середу місяця
            [thu] Кожен останній { $dayname } місяця
            [fri] Кожну останню пʼятницю місяця
            [sat] Кожну останню суботу місяця
            [sun] Кожну останню неділю місяця
        }
}
schedule-from = з { $date }
schedule-until = до { $date }
schedule-period = з { $start } до { $end }
schedule-except = Крім цих днів: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = Цей текст ще не перекладено українською. Тут він мовою: { $language }.
    .fallback = Цей текст ще не перекладено мовою: { $into }. Тут він мовою: { $language }.
machine-translated = Цей текст переклав компʼютер. У ньому можуть бути помилки.

## What's on, calendars and feeds
whats-on-heading = У найближчі два тижні
whats-on-empty = На найближчі два тижні нічого не заплановано.
whats-on-more = { $count ->
    [one] Ще { $count } дата в календарі
    [few] Ще { $count } дати в календарі
    [many] Ще { $count } дат у календарі
   *[other] Ще { $count } дати в календарі
}
next-dates = Найближчі дати
no-next-dates = Зараз немає запланованих дат.
add-to-calendar = Додати до мого календаря
calendar-site = Календар усіх пропозицій
calendar-district = Календар району { $district }
calendar-hint = Для застосунку-календаря в телефоні (iCalendar)
archive-heading = Минулі події
archive-link = Минулі події
archive-empty = Минулих подій немає.
event-over = Ця подія вже минула.
feed-title = Нові та оновлені пропозиції
feed-link = Новини (Atom-стрічка)
today = Сьогодні
tomorrow = Завтра

## Flyers
flyers-heading = Листівки для друку
flyer-single = Листівка: { $language }
flyer-bilingual = Листівка: { $first } і { $second }
info-sheet = Інформаційний листок усіма мовами
file-size = PDF, { $kb } КБ
flyer-subtitle = Що тут є
flyer-contact = Є запитання? Запитайте нас
flyer-scan = Відскануйте код, щоб відкрити цю сторінку в інтернеті вашою мовою.
flyer-footer = { $site } · Станом на { $date }
print-qr-alt = QR-код: посилання на { $url }
print-scan-language = Відскануйте код, щоб прочитати це своєю мовою.
poster-single = Плакат: { $language } ({ $paper })
poster-bilingual = Плакат: { $first } і { $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = Усі пропозиції
search-heading = Пошук
filter-heading = Уточнити список
filter-district = Район
filter-day = День тижня
filter-time = Час доби
time-morning = Ранок
time-afternoon = Після обіду
time-evening = Вечір
filter-any = Усі
filter-childcare = Лише з доглядом за дітьми
filter-free = Лише безкоштовні
filter-reset = Показати всі пропозиції
filter-none = Немає пропозицій за вашим вибором. Приберіть якийсь фільтр, щоб побачити більше.
browse-heading = Перегляд пропозицій
audience-offerings-heading = Пропозиції для: { $name }
search-label = Що ви шукаєте?
search-needs-js = Для пошуку потрібен JavaScript, а його вимкнено у вашому браузері. Усі пропозиції є в списку:
search-results = { $count ->
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
search-none = Нічого не знайдено. Спробуйте інше слово або перегляньте список:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: курси, місця зустрічей, консультації та свята в районі — з датами, адресами й контактами.
description-district = Курси, місця зустрічей, консультації та свята в районі { $district } — з датами, адресами й контактами.
description-offering = { $kind } в районі { $district }: { $title } — з датами, адресою, вартістю й контактами.
description-category = { $site }: { $name } в усіх районах — з датами, адресами, вартістю й контактами.
description-audience = { $site } — пропозиції для: { $name }, з датами, адресами, вартістю й контактами.
description-offerings = { $site }: усі актуальні пропозиції в одному списку, з фільтрами за районом, видом, днем тижня й часом доби.
description-search = { $site }: пошук серед усіх пропозицій — за назвою, видом, місцем або мовою.
description-archive = { $site }: минулі події та завершені пропозиції.
description-page = { $title } — сторінка сайту «{ $site }».
description-chooser = { $site } — оберіть мову: { $languages }
