"""The app's pages, one thin module each; common holds what they share."""
