### Interface strings of this site (ru): site name and category labels.
### Texte der Oberfläche dieser Website: Name der Website und Namen der Kategorien.

site-title = Районы Дармштадта
category-language-course = Курсы немецкого
category-literacy = Чтение и письмо
category-parent-circle = Родительские круги
category-women-group = Женские группы
category-children = Для детей
category-girls-club = Клуб для девочек
category-information = Информация и консультации
category-festival = Праздники
category-neighbourhood = Соседство
category-participation = Участие в жизни района
