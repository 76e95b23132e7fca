# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.

offline-title = You are offline
offline-text = You are offline. This page was not saved on your phone.
offline-kept = Pages you opened while online can still be read without internet.
offline-home = Go to the home page
