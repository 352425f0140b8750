// The look and behaviour every read-only list table shares (register, visits, events): whole rows selected one at a
// time, no editing in place, quiet rows of one line.
#pragma once

class QTableView;

namespace outcome {

class ListTable
{
public:
    static void prepare(QTableView* table);
};

} // namespace outcome
