### Interface strings of this site (de): site name and category labels.
### Texte der Oberfläche dieser Website: Name der Website und Namen der Kategorien.

site-title = Stadtteile in Darmstadt
category-language-course = Deutschkurse
category-literacy = Alphabetisierung
category-parent-circle = Elternkreise
category-women-group = Frauengruppen
category-children = Für Kinder
category-girls-club = Mädchentreff
category-information = Information und Beratung
category-festival = Feste
category-neighbourhood = Nachbarschaft
category-participation = Mitreden und Mitmachen
