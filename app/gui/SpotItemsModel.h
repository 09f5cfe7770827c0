// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/ReviewText.h"
#include "core/services/SpotCheckService.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

// The day's spot-check samples (SpotCheckService::drawDay), one row per drawn "match" entry, every pair's in turn.
// Filled by SpotCheckBoard; read-only for QML.
class SpotItemsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use the spot-check board's items")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64: the spot-check item
        PairRole,                      // QString: "Nguyễn Thị Lan + Lê Quang Minh" (reader first)
        EntryNumberRole,               // int
        BookTitleRole,                 // QString
        RegistrationDateRole,          // QString: as logged
        SubjectNameRole,               // QString
        ResultKeyRole,                 // QString: "pending", "confirmed", "missed"
        ResultNameRole,                // QString: in the interface language
        MissedRole,                    // QString: for a miss, "label: before → after (class)"
    };
    Q_ENUM(Role)

    explicit SpotItemsModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_items.size()); }

    void setItems(std::vector<core::SpotItem> items, const ReviewText& text);
    void retranslate(const ReviewText& text);
    [[nodiscard]] const core::SpotItem* item(int row) const;
    [[nodiscard]] QVariant value(int row, Role role) const;

Q_SIGNALS:
    void countChanged();

private:
    std::vector<core::SpotItem> m_items;
    ReviewText m_text;
};

[[nodiscard]] QString spotResultKey(core::SpotResult result);

} // namespace dc::gui
