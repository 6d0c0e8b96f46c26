package org.kissdetect.reference.editor.internal;

import java.util.List;

import javax.swing.table.AbstractTableModel;

/** The marker list's rows as a table: kind, name, start and end. */
final class MarkerTableModel extends AbstractTableModel {

    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"Kind", "Name", "Start", "End"};

    private transient List<MarkerRow> list = List.of();

    void show(List<MarkerRow> next) {
        list = List.copyOf(next);
        fireTableDataChanged();
    }

    List<MarkerRow> rows() {
        return list;
    }

    MarkerRow row(int index) {
        return list.get(index);
    }

    @Override
    public int getRowCount() {
        return list.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        MarkerRow shown = list.get(row);
        return switch (column) {
            case 0 -> shown.kind();
            case 1 -> shown.name();
            case 2 -> shown.start();
            default -> shown.end();
        };
    }
}
