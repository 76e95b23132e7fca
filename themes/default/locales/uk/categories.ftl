# Standard names of kinds of offering (categories) of the default theme, Ukrainian (українська).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = Курси німецької
category-literacy = Читання і письмо
category-parent-circle = Зустрічі для батьків
category-women-group = Жіночі групи
category-girls-club = Клуб для дівчат
category-youth-club = Молодіжний клуб
category-children = Для дітей
category-mother-tongue = Уроки рідної мови
category-counselling = Консультації
category-information = Інформація і консультації
category-festival = Свята
category-neighbourhood = Сусідство
category-participation = Участь у житті району
category-sport = Спорт
category-health = Здоровʼя
category-culture = Культура
category-homework-help = Допомога з домашніми завданнями
category-work = Робота і професія
category-computer = Компʼютерні курси
category-food = Готуємо та їмо разом
category-music = Музика
