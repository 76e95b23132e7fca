# The glossary page of German words, and its link in the footer.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

glossary-title = Önemli Almanca kelimeler
glossary-intro = Bu kelimeleri mektuplarda, formlarda ve kapılarda görürsünüz. Burada ne anlama geldikleri yazıyor.
glossary-plural = Çoğul
description-glossary = Önemli Almanca kelimeler, basitçe açıklandı.
