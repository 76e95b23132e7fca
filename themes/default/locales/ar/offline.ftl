# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = أنت غير متصل بالإنترنت
offline-text = أنت غير متصل بالإنترنت. لم يتم حفظ هذه الصفحة على هاتفك.
offline-kept = يمكنك قراءة الصفحات التي فتحتها أثناء الاتصال بالإنترنت دون إنترنت.
offline-home = إلى الصفحة الرئيسية
