"""Two-factor authentication for the admin: an authenticator app (TOTP) and recovery codes.

django-otp checks the codes and throttles wrong ones; this package adds the screens (set up,
verify, manage), the rule of who must use it (``policy``) and the middleware that holds a
password-only sign-in at the second step.
"""
