# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = آپ آف لائن ہیں
offline-text = آپ انٹرنیٹ سے منسلک نہیں ہیں۔ یہ صفحہ آپ کے فون پر محفوظ نہیں کیا گیا۔
offline-kept = جو صفحات آپ نے آن لائن ہوتے ہوئے کھولے تھے، وہ انٹرنیٹ کے بغیر بھی پڑھے جا سکتے ہیں۔
offline-home = ہوم پیج پر جائیں
