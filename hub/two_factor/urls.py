from django.urls import path

from . import views

urlpatterns = [
    path("", views.manage, name="two_factor_manage"),
    path("set-up/", views.setup, name="two_factor_setup"),
    path("verify/", views.verify, name="two_factor_verify"),
]
