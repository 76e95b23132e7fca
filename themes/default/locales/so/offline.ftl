# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = Ma tihid khadka
offline-text = Ma tihid khadka internetka. Boggan laguma kaydin taleefankaaga.
offline-kept = Boggaga aad furtay adigoo khadka ku jira waad akhrin kartaa internet la'aan.
offline-home = Tag bogga hore
