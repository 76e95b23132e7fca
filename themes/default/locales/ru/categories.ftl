# Standard names of kinds of offering (categories) of the default theme, Russian (русский).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = Курсы немецкого
category-literacy = Чтение и письмо
category-parent-circle = Родительские круги
category-women-group = Женские группы
category-girls-club = Клуб для девочек
category-youth-club = Молодёжный клуб
category-children = Для детей
category-mother-tongue = Уроки родного языка
category-counselling = Консультации
category-information = Информация и консультации
category-festival = Праздники
category-neighbourhood = Соседство
category-participation = Участие в жизни района
category-sport = Спорт
category-health = Здоровье
category-culture = Культура
category-homework-help = Помощь с домашними заданиями
category-work = Работа и профессия
category-computer = Компьютерные курсы
category-food = Готовим и едим вместе
category-music = Музыка
