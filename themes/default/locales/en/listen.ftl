# Listening: a recording of the text, and the phone's own voice (read aloud).
listen-in = Listen in { $language }
listen-download = Download the recording
listen-size = { $format }, { $kb } KB
listen-length = Length
read-aloud = Read aloud
read-aloud-stop = Stop reading
listen-print = Listen to it on the website
