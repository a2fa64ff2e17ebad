#include "window/help_dialogs.hpp"

#include "diagram/diagram_painter.hpp"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tcpviz {
namespace {

// The context of this file's texts in Qt Linguist.
struct Help {
    Q_DECLARE_TR_FUNCTIONS(Help)
};

QDialog* dialog_with(QWidget* parent, const QString& title, QWidget* content)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    content->setParent(dialog);
    layout->addWidget(content);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace

void show_shortcuts(QWidget* parent, const QList<QAction*>& actions)
{
    QList<QAction*> listed;
    for (QAction* a : actions)
        if (!a->shortcuts().isEmpty() && !a->text().isEmpty())
            listed << a;
    auto* table = new QTableWidget(int(listed.size()), 2);
    table->setObjectName("shortcuts_table");
    table->setHorizontalHeaderLabels({Help::tr("Keys"), Help::tr("What they do")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < listed.size(); ++row) {
        QStringList keys;
        for (const QKeySequence& k : listed[row]->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        table->setItem(row, 0, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        table->setItem(row, 1, new QTableWidgetItem(QString(listed[row]->text()).remove(QLatin1Char('&'))));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    QDialog* dialog = dialog_with(parent, Help::tr("Keyboard shortcuts"), table);
    dialog->resize(560, 620);
    dialog->show();
}

void show_line_legend(QWidget* parent, const DiagramTheme& theme)
{
    QImage image(QSize(440, 240) * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(theme.background);
    QPainter painter(&image);
    paint_line_legend(painter, theme, QRectF(0, 0, 440, 240));
    painter.end();
    auto* label = new QLabel;
    label->setObjectName("line_legend");
    label->setPixmap(QPixmap::fromImage(image));
    dialog_with(parent, Help::tr("Legend of the diagram"), label)->show();
}

void show_about(QWidget* parent)
{
    QMessageBox::about(parent, Help::tr("About tcpviz"),
                       Help::tr("<p><b>tcpviz %1</b></p><p>Drive a TCP connection step by step and watch it as a "
                                "sequence diagram: every segment with its Seq and Ack, every endpoint in its RFC 9293 "
                                "state.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace tcpviz
