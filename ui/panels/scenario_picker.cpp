#include "panels/scenario_picker.hpp"

#include "window/language.hpp"
#include "scenario/scenario_library.hpp"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace tcpviz {
namespace {

constexpr int kNameRole = Qt::UserRole;
constexpr int kIdGap = 24; // px between the title and the id

// Title on the left, id on the right in a smaller, lighter font.
class TitleAndIdDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString id = index.data(kNameRole).toString();
        painter->save();
        painter->setFont(id_font(option.font));
        QColor colour = option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                    : QPalette::Text);
        colour.setAlphaF(0.6f);
        painter->setPen(colour);
        painter->drawText(option.rect.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, id);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int id_width = QFontMetrics(id_font(option.font)).horizontalAdvance(index.data(kNameRole).toString());
        size.setWidth(size.width() + kIdGap + id_width + 8);
        return size;
    }

private:
    static QFont id_font(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() * 0.85);
        return font;
    }
};

} // namespace

ScenarioPicker::ScenarioPicker(QWidget* parent) : QComboBox(parent)
{
    setFocusPolicy(Qt::ClickFocus); // Space and the arrows belong to stepping
    setToolTip(tr("Built-in scenarios"));
    setItemDelegate(new TitleAndIdDelegate(this));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Scenario& s : builtin_scenarios()) {
        addItem(scenario_title(s));
        const int row = count() - 1;
        setItemData(row, QString::fromStdString(s.name), kNameRole);
        setItemData(row, scenario_description(s), Qt::ToolTipRole);
    }
    view()->setMinimumWidth(view()->sizeHintForColumn(0));
    connect(this, &QComboBox::activated, this, [this](int index) { emit chosen(name_at(index)); });
}

void ScenarioPicker::show_scenario(const std::string& name)
{
    setCurrentIndex(findData(QString::fromStdString(name), kNameRole));
}

std::string ScenarioPicker::name_at(int index) const
{
    return itemData(index, kNameRole).toString().toStdString();
}

} // namespace tcpviz
