# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = تاسو آفلاین یاست
offline-text = تاسو له انټرنیټ سره نه یاست نښلول شوي. دا پاڼه ستاسو په ټیلیفون کې نه ده خوندي شوې.
offline-kept = هغه پاڼې چې تاسو د انټرنیټ پر مهال خلاصې کړې، پرته له انټرنیټه هم لوستلای شئ.
offline-home = کور پاڼې ته لاړ شئ
