# Interface strings of the default theme, Russian (русский).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = Перейти к содержанию
site-title = Информация о районе
nav-main = Главное меню
nav-footer = Дополнительная информация
language-switcher = Язык
choose-language = Выберите язык
home = Главная страница
breadcrumb = Вы здесь
page-not-found = Страница не найдена
page-not-found-text = Этой страницы нет (или больше нет). Пожалуйста, начните снова с главной страницы.
back-to-home = На главную страницу

## Home and district pages
districts-heading = Наши районы
district-offerings-heading = Что есть в районе { $district }
district-about = О районе { $district }
offerings-count = { $count ->
    [one] { $count } предложение
    [few] { $count } предложения
    [many] { $count } предложений
   *[other] { $count } предложения
}
categories-heading = Виды предложений
category-offerings-heading = { $name } во всех районах
no-offerings = Здесь пока нет предложений.
district-office = Офис района
more-about = Подробнее: { $name }
in-district = в районе { $district }

## Offering facts
fact-kind = Что
fact-when = Когда
fact-where = Где
fact-audience = Для кого
fact-languages = На каких языках там говорят
fact-childcare = Присмотр за детьми
fact-cost = Стоимость
fact-registration = Запись
fact-contact = Контакты
fact-organisation = Организатор
fact-next = Ближайшая дата
fact-spoken = Языки
details-heading = Все подробности
childcare-yes = Есть присмотр за детьми
childcare-no = Присмотра за детьми нет
cost-free = Бесплатно
cost-amount = { $amount } { $currency }
registration-required = Пожалуйста, запишитесь заранее
registration-not-required = Записываться не нужно, просто приходите
audience-everyone = Все
audience-women = Женщины
audience-men = Мужчины
audience-parents = Родители
audience-children = Дети
audience-youth = Молодёжь
audience-seniors = Пожилые люди
audience-families = Семьи
place-map = Показать на карте (OpenStreetMap)
place-wheelchair = Вход без ступенек
place-online = Онлайн
online-join = Участвовать онлайн
contact-phone = Телефон
contact-email = Электронная почта
contact-website = Сайт

## Schedules
schedule-by-appointment = По записи
schedule-weekly = { $interval ->
    [1] Каждую неделю
    [2] Раз в две недели
    [one] Раз в { $interval } неделю
    [few] Раз в { $interval } недели
    [many] Раз в { $interval } недель
   *[other] Раз в { $interval } недели
}
# Masculine weekdays (mon, tue, thu) use $dayname: accusative = nominative.
# Feminine and neuter weekdays are written out in the accusative.
schedule-monthly = { $week ->
    [1] { $day ->
           *[mon] Каждый первый { $dayname } месяца
            [tue] Каждый первый { $dayname } месяца
            [wed] Каждую первую среду месяца
            [thu] Каждый первый { $dayname } месяца
            [fri] Каждую первую пятницу месяца
            [sat] Каждую первую субботу месяца
            [sun] Каждое первое воскресенье месяца
        }
    [2] { $day ->
           *[mon] Каждый второй { $dayname } месяца
            [tue] Каждый второй { $dayname } месяца
            [wed] Каждую вторую среду месяца
            [thu] Каждый второй { $dayname } месяца
            [fri] Каждую вторую пятницу месяца
            [sat] Каждую вторую субботу месяца
            [sun] Каждое второе воскресенье месяца
        }
    [3] { $day ->
           *[mon] Каждый третий { $dayname } месяца
            [tue] Каждый третий { $dayname } месяца
            [wed] Каждую третью среду месяца
            [thu] Каждый третий { $dayname } месяца
            [fri] Каждую третью пятницу месяца
            [sat] Каждую третью субботу месяца
            [sun] Каждое третье воскресенье месяца
        }
    [4] { $day ->
           *[mon] Каждый четвёртый { $dayname } месяца
            [tue] Каждый четвёртый { $dayname } месяца
            [wed] Каждую четвёртую среду месяца
            [thu] Каждый четвёртый { $dayname } месяца
            [fri] Каждую четвёртую пятницу месяца
            [sat] Каждую четвёртую субботу месяца
            [sun] Каждое четвёртое воскресенье месяца
        }
   *[last] { $day ->
           *[mon] Каждый последний { $dayname } месяца
            [tue] Каждый последний { $dayname } месяца
            [wed] Каждую последнюю среду месяца
            [thu] Каждый последний { $dayname } месяца
            [fri] Каждую последнюю пятницу месяца
            [sat] Каждую последнюю субботу месяца
            [sun] Каждое последнее воскресенье месяца
        }
}
schedule-from = с { $date }
schedule-until = до { $date }
schedule-period = с { $start } по { $end }
schedule-except = Кроме этих дней: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = Этот текст ещё не переведён на русский язык. Здесь он на языке: { $language }.
    .fallback = Этот текст ещё не переведён на язык: { $into }. Здесь он на языке: { $language }.
machine-translated = Этот текст перевёл компьютер. В нём могут быть ошибки.

## What's on, calendars and feeds
whats-on-heading = В ближайшие две недели
whats-on-empty = На ближайшие две недели ничего не запланировано.
whats-on-more = { $count ->
    [one] Ещё { $count } дата в календаре
    [few] Ещё { $count } даты в календаре
    [many] Ещё { $count } дат в календаре
   *[other] Ещё { $count } даты в календаре
}
next-dates = Ближайшие даты
no-next-dates = Сейчас нет запланированных дат.
add-to-calendar = Добавить в мой календарь
calendar-site = Календарь всех предложений
calendar-district = Календарь района { $district }
calendar-hint = Для приложения-календаря в телефоне (iCalendar)
archive-heading = Прошедшие мероприятия
archive-link = Прошедшие мероприятия
archive-empty = Прошедших мероприятий нет.
event-over = Это мероприятие уже прошло.
feed-title = Новые и обновлённые предложения
feed-link = Новости (Atom-лента)
today = Сегодня
tomorrow = Завтра

## Flyers
flyers-heading = Листовки для печати
flyer-single = Листовка: { $language }
flyer-bilingual = Листовка: { $first } и { $second }
info-sheet = Информационный лист на всех языках
file-size = PDF, { $kb } КБ
flyer-subtitle = Что здесь есть
flyer-contact = Есть вопросы? Спросите нас
flyer-scan = Отсканируйте код, чтобы открыть эту страницу в интернете на вашем языке.
flyer-footer = { $site } · Актуально на { $date }
print-qr-alt = QR-код: ссылка на { $url }
print-scan-language = Отсканируйте код, чтобы прочитать это на своём языке.
poster-single = Плакат: { $language } ({ $paper })
poster-bilingual = Плакат: { $first } и { $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = Все предложения
search-heading = Поиск
filter-heading = Уточнить список
filter-district = Район
filter-day = День недели
filter-time = Время дня
time-morning = Утро
time-afternoon = После обеда
time-evening = Вечер
filter-any = Все
filter-childcare = Только с присмотром за детьми
filter-free = Только бесплатные
filter-reset = Показать все предложения
filter-none = Нет предложений по вашему выбору. Уберите какой-нибудь фильтр, чтобы увидеть больше.
browse-heading = Просмотр предложений
audience-offerings-heading = Предложения для: { $name }
search-label = Что вы ищете?
search-needs-js = Для поиска нужен JavaScript, а он отключён в вашем браузере. Все предложения есть в списке:
search-results = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-none = Ничего не найдено. Попробуйте другое слово или посмотрите список:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: курсы, места встреч, консультации и праздники в районе — с датами, адресами и контактами.
description-district = Курсы, места встреч, консультации и праздники в районе { $district } — с датами, адресами и контактами.
description-offering = { $kind } в районе { $district }: { $title } — с датами, адресом, стоимостью и контактами.
description-category = { $site }: { $name } во всех районах — с датами, адресами, стоимостью и контактами.
description-audience = { $site } — предложения для: { $name }, с датами, адресами, стоимостью и контактами.
description-offerings = { $site }: все актуальные предложения в одном списке, с фильтрами по району, виду, дню недели и времени суток.
description-search = { $site }: поиск по всем предложениям — по названию, виду, месту или языку.
description-archive = { $site }: прошедшие мероприятия и завершённые предложения.
description-page = { $title } — страница сайта «{ $site }».
description-chooser = { $site } — выберите язык: { $languages }
