using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>
/// The overview as an Excel workbook: one sheet, a bold frozen header with a filter, amounts as
/// numbers with thousands separators (so they sum in Excel), texts as inline strings.
/// </summary>
public static class PortfolioXlsx
{
    private const uint HeaderStyle = 1;
    private const uint AmountStyle = 2;

    public static byte[] Write(PortfolioTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            var rows = table.Rows.ToList();
            var data = new SheetData(new Row(table.Header.Select(h => Text(h, HeaderStyle))) { RowIndex = 1 });
            for (var i = 0; i < rows.Count; i++)
            {
                data.Append(new Row(rows[i].Select((value, column) => Cell(value, table.IsAmount(column)))) { RowIndex = (uint)(i + 2) });
            }

            var lastColumn = ColumnName(table.Header.Count);
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                {
                    WorkbookViewId = 0,
                }),
                new Columns(table.Header.Select((_, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Width(i, table.IsAmount(i)), CustomWidth = true })),
                data,
                new AutoFilter { Reference = $"A1:{lastColumn}{rows.Count + 1}" });

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Portefølje" }));
            workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"'Portefølje'!$A$1:${lastColumn}${rows.Count + 1}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = 0,
                Hidden = true,
            }));
        }

        return stream.ToArray();
    }

    private static Cell Cell(object? value, bool isAmount) => value switch
    {
        decimal amount => new Cell(new CellValue(amount)) { DataType = CellValues.Number, StyleIndex = isAmount ? AmountStyle : 0 },
        int number => new Cell(new CellValue(number)) { DataType = CellValues.Number },
        null => new Cell(),
        _ => Text(value.ToString() ?? "", 0),
    };

    private static Cell Text(string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    private static double Width(int column, bool isAmount) => column switch
    {
        2 or 9 => 50,
        0 or 13 => 36,
        _ when isAmount => 15,
        _ => 14,
    };

    // A, …, Z, AA, …: four share columns per municipality of the filter may go past two letters.
    private static string ColumnName(int number) =>
        number <= 26 ? ((char)('A' + number - 1)).ToString() : ColumnName((number - 1) / 26) + (char)('A' + (number - 1) % 26);

    // Excel wants at least one font, two fills (none and gray125) and one border before any format.
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true })
        { Count = 3 });
}
