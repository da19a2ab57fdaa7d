/// The version of the library and the command-line tool.
public enum PIImportVersion {
    public static let current = "0.1.0"
}
