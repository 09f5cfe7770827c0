// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// A commune drilled down into from the province board (core::HubBoardService::commune): its board row, its books with
// the entries the hub holds, its alarms (newest first) and its entries per day. The page sets `site` (the
// workstation's site UUID, from Navigator.communeSite); read again on reload().
class HubCommune : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString site READ site WRITE setSite NOTIFY siteChanged)
    // "Thanh An (Dầu Tiếng)" and the workstation's own name.
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString siteName READ siteName NOTIFY loaded)
    // The board's row for this commune (HubBoard.rows' keys).
    Q_PROPERTY(QVariantMap figures READ figures NOTIFY loaded)
    // One map per book: title ("Birth, book 01, 1998"), entries ("1–500" or a dash), status ("Open"/"Closed"),
    // open (bool), logged, corrected, escalated (numbers as text).
    Q_PROPERTY(QVariantList books READ books NOTIFY loaded)
    // One map per alarm: kind (words), message, at (HH:mm dd/MM/yyyy), cleared (bool).
    Q_PROPERTY(QVariantList alarms READ alarms NOTIFY loaded)
    Q_PROPERTY(QStringList chartDays READ chartDays NOTIFY loaded)
    Q_PROPERTY(QVariantList chartCounts READ chartCounts NOTIFY loaded)
    Q_PROPERTY(int dailyTarget READ dailyTarget NOTIFY loaded)
    Q_PROPERTY(int chartMax READ chartMax NOTIFY loaded)
    Q_PROPERTY(QString message READ message NOTIFY loaded)

public:
    explicit HubCommune(QObject* parent = nullptr);
    ~HubCommune() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] QString site() const { return m_site; }
    void setSite(const QString& site);
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString siteName() const { return m_siteName; }
    [[nodiscard]] QVariantMap figures() const { return m_figures; }
    [[nodiscard]] QVariantList books() const { return m_books; }
    [[nodiscard]] QVariantList alarms() const { return m_alarms; }
    [[nodiscard]] QStringList chartDays() const { return m_chartDays; }
    [[nodiscard]] QVariantList chartCounts() const { return m_chartCounts; }
    [[nodiscard]] int dailyTarget() const { return m_dailyTarget; }
    [[nodiscard]] int chartMax() const { return m_chartMax; }
    [[nodiscard]] QString message() const;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void siteChanged();
    void loaded();

private:
    AppContext* m_context = nullptr;
    bool m_complete = false;
    QString m_site;
    QString m_title;
    QString m_siteName;
    QVariantMap m_figures;
    QVariantList m_books;
    QVariantList m_alarms;
    QStringList m_chartDays;
    QVariantList m_chartCounts;
    int m_dailyTarget = 0;
    int m_chartMax = 10;
    std::optional<core::Error> m_error;
};

} // namespace dc::gui
