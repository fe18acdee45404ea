"""Where data goes in and out: the assessment file and the submission formats. No Qt."""
