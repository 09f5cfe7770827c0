// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/RemovableDrive.h"

#include <QStorageInfo>

namespace dc::gui {

QString removableDrive() {
    for (const QStorageInfo& volume : QStorageInfo::mountedVolumes()) {
        const QString root = volume.rootPath();
        const bool removable =
            root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/"));
        if (removable && volume.isValid() && volume.isReady() && !volume.isReadOnly()) {
            return root;
        }
    }
    return {};
}

} // namespace dc::gui
