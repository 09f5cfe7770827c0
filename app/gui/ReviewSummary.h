// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The supervisor's day at a glance on the home page (ReviewService::overview, the numbers the review page shows):
// how many entries wait for review and for how long the oldest has waited, and each open book's progress. Read when
// the page is made (the home page is made again each time it is shown) and on reload(); nothing for other roles.
class ReviewSummary : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int pendingTotal READ pendingTotal NOTIFY loaded)
    Q_PROPERTY(QString oldestWait READ oldestWait NOTIFY loaded) // "3 h 05 min"; empty when nothing waits
    // One map per open book: title (in the interface language), logged, corrected, pending, returned (ints).
    Q_PROPERTY(QVariantList books READ books NOTIFY loaded)
    // Why the numbers could not be read; empty otherwise. In the interface language.
    Q_PROPERTY(QString message READ message NOTIFY loaded)

public:
    explicit ReviewSummary(QObject* parent = nullptr);
    ~ReviewSummary() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] int pendingTotal() const { return m_pendingTotal; }
    [[nodiscard]] QString oldestWait() const;
    [[nodiscard]] QVariantList books() const { return m_books; }
    [[nodiscard]] QString message() const;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void loaded();

private:
    AppContext* m_context = nullptr;
    int m_pendingTotal = 0;
    qint64 m_oldestSeconds = 0;
    QVariantList m_books;
    std::optional<core::Error> m_error;
};

} // namespace dc::gui
