// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/AdminKeys.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/NewRecoveryCode.h"
#include "app/gui/SessionController.h"
#include "core/services/RekeyService.h"

namespace dc::gui {

AdminKeys::AdminKeys(QObject* parent) : QObject(parent) {}

AdminKeys::~AdminKeys() = default;

void AdminKeys::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("AdminKeys: no dc::gui::AppContext on this QML engine");
        return;
    }
    m_code = new NewRecoveryCode(m_context->language(), m_context->navigator(), this);
    connect(m_context->language(), &Language::changed, this, &AdminKeys::changed);
}

QString AdminKeys::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

bool AdminKeys::rekey() {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s) {
        return false;
    }
    m_error.reset();
    auto code = guarded([&] { return core::rekeySite(*s); });
    if (!code) {
        m_error = code.error();
        Q_EMIT changed();
        return false;
    }
    m_code->hold(std::move(code).value(), s->siteName(), s->user().userName);
    Q_EMIT changed();
    return true;
}

} // namespace dc::gui
