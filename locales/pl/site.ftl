### Interface strings of this site (pl): site name and category labels.
### Texte der Oberfläche dieser Website: Name der Website und Namen der Kategorien.

site-title = Dzielnice Darmstadtu
category-language-course = Kursy niemieckiego
category-literacy = Nauka czytania i pisania
category-parent-circle = Spotkania rodziców
category-women-group = Grupy kobiet
category-children = Dla dzieci
category-girls-club = Klub dla dziewcząt
category-information = Informacje i porady
category-festival = Festyny
category-neighbourhood = Sąsiedztwo
category-participation = Współdecydowanie
