"""Reports → Translation overview: how far each page and snippet is translated, per language.

``states`` works the states out, ``views`` shows them, ``panels`` puts the totals on the
dashboard and ``access`` says who may see them (the comms team and administrators).
"""
