# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = Jesteś offline
offline-text = Jesteś offline. Ta strona nie została zapisana na Twoim telefonie.
offline-kept = Strony otwarte w trybie online możesz czytać także bez internetu.
offline-home = Przejdź do strony głównej
