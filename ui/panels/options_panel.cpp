#include "panels/options_panel.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace tcpviz {

OptionsPanel::OptionsPanel(QWidget* parent) : QWidget(parent)
{
    isn_ = new QComboBox(this);
    isn_->addItem(tr("Fixed teaching values (100, 300)"), int(IsnMode::Fixed));
    isn_->addItem(tr("Random"), int(IsnMode::Random));
    isn_->addItem(tr("RFC 6528: clock + keyed hash"), int(IsnMode::Rfc6528));
    isn_->addItem(tr("Linux: 64 ns clock + SipHash"), int(IsnMode::Linux));
    isn_->addItem(tr("4.4BSD: predictable"), int(IsnMode::Bsd));
    profile_ = new QComboBox(this);
    profile_->addItem(tr("Linux"), int(ProfileKind::Linux));
    profile_->addItem(tr("RFC 6298"), int(ProfileKind::Rfc6298));
    cookies_ = new QComboBox(this);
    cookies_->addItem(tr("Off"), int(CookieMode::Off));
    cookies_->addItem(tr("On overflow"), int(CookieMode::Overflow));
    cookies_->addItem(tr("Always"), int(CookieMode::Always));
    latency_ = new QDoubleSpinBox(this);
    latency_->setRange(0, 10'000);
    latency_->setSuffix(tr(" ms"));
    backlog_ = new QSpinBox(this);
    backlog_->setRange(0, 65535);
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 1'000'000'000);
    auto* apply = new QPushButton(tr("Apply and reset"), this);
    apply->setToolTip(tr("Restart the scenario with these options"));
    // A narrow dock on a small screen: the long ISN choices are cut short in the box
    // (the list shows them whole) and fields go under their labels.
    isn_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    isn_->setMinimumContentsLength(14);
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("ISN"), isn_);
    form->addRow(tr("Timing profile"), profile_);
    form->addRow(tr("SYN cookies"), cookies_);
    form->addRow(tr("Latency (one way)"), latency_);
    form->addRow(tr("Backlog"), backlog_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(apply);
    connect(apply, &QPushButton::clicked, this, [this] { emit apply_requested(options()); });
}

void OptionsPanel::show_options(const ScenarioOptions& o)
{
    base_ = o;
    isn_->setCurrentIndex(isn_->findData(int(o.isn)));
    profile_->setCurrentIndex(profile_->findData(int(o.profile)));
    cookies_->setCurrentIndex(cookies_->findData(int(o.cookies)));
    latency_->setValue(double(o.latency) / 1e6);
    backlog_->setValue(int(o.backlog));
    seed_->setValue(int(o.seed));
}

ScenarioOptions OptionsPanel::options() const
{
    ScenarioOptions o = base_;
    o.isn = IsnMode(isn_->currentData().toInt());
    o.profile = ProfileKind(profile_->currentData().toInt());
    o.cookies = CookieMode(cookies_->currentData().toInt());
    o.latency = static_cast<std::int64_t>(latency_->value() * 1e6);
    o.backlog = static_cast<std::uint32_t>(backlog_->value());
    o.seed = static_cast<std::uint64_t>(seed_->value());
    return o;
}

} // namespace tcpviz
