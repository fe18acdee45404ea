"""The program's name and version, shown by --version and written into every file it saves."""

APP_NAME = "Omnibus"
VERSION = "0.1.0"
LANGUAGES = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian", "zh": "Chinese", "ar": "Arabic"}
RTL_LANGUAGES = {"ar"}
