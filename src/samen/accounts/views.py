"""The pages of the second factor (TOTP): set up once, then confirm a code at every login."""

from __future__ import annotations

from typing import Any

import segno
from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice


class CodeForm(forms.Form):
    code = forms.RegexField(
        label=_("Code uit uw authenticator-app"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={
            "required": _("Vul de code van zes cijfers in."),
            "invalid": _("De code bestaat uit zes cijfers."),
        },
    )


TE_SNEL = _("Te veel pogingen achter elkaar. Wacht een paar seconden en probeer de nieuwe code.")


def _volgende(request: HttpRequest) -> str:
    doel = request.POST.get("next") or request.GET.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        doel, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return "/"
    return doel


def _base32(device: TOTPDevice) -> str:
    import base64

    geheim = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(geheim[i : i + 4] for i in range(0, len(geheim), 4))


class InstellenView(LoginRequiredMixin, View):
    template_name = "accounts/tweede_factor_instellen.html"

    def _device(self, request: HttpRequest) -> TOTPDevice:
        device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(
                user=request.user, name="Authenticator-app", confirmed=False
            )
        return device

    def _render(self, request: HttpRequest, form: CodeForm, device: TOTPDevice) -> HttpResponse:
        qr = segno.make(device.config_url, error="m")
        context: dict[str, Any] = {
            "form": form,
            "qr_svg": qr.svg_inline(scale=4, title=gettext("QR-code voor uw authenticator-app")),
            "geheim": _base32(device),
            "next": _volgende(request),
        }
        return render(
            request,
            self.template_name,
            context,
            status=200 if form.is_bound is False or form.is_valid() else 400,
        )

    def get(self, request: HttpRequest) -> HttpResponse:
        if user_has_device(request.user):
            return HttpResponseRedirect(_volgende(request))
        return self._render(request, CodeForm(), self._device(request))

    def post(self, request: HttpRequest) -> HttpResponse:
        if user_has_device(request.user):
            return HttpResponseRedirect(_volgende(request))
        device = self._device(request)
        form = CodeForm(request.POST)
        if form.is_valid():
            if not device.verify_is_allowed()[0]:
                form.add_error("code", TE_SNEL)
            elif device.verify_token(form.cleaned_data["code"].strip()):
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                otp_login(request, device)
                return HttpResponseRedirect(_volgende(request))
            else:
                form.add_error(
                    "code",
                    gettext(
                        "Deze code klopt niet. Controleer de tijd op uw telefoon en probeer het "
                        "opnieuw."
                    ),
                )
        return self._render(request, form, device)


class ControlerenView(LoginRequiredMixin, View):
    template_name = "accounts/tweede_factor_controleren.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        if not user_has_device(request.user):
            from django.urls import reverse

            return HttpResponseRedirect(reverse("accounts:tweede-factor-instellen"))
        return render(request, self.template_name, {"form": CodeForm(), "next": _volgende(request)})

    def post(self, request: HttpRequest) -> HttpResponse:
        form = CodeForm(request.POST)
        if form.is_valid():
            code = form.cleaned_data["code"].strip()
            for device in TOTPDevice.objects.filter(user=request.user, confirmed=True):
                if device.verify_token(code):
                    otp_login(request, device)
                    return HttpResponseRedirect(_volgende(request))
            form.add_error(
                "code", gettext("Deze code klopt niet of is verlopen. Probeer de nieuwe code.")
            )
        context = {"form": form, "next": _volgende(request)}
        return render(request, self.template_name, context, status=400)
