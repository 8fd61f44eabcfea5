/// Messages of the store: the SQLite file that holds everything a run reads and decides.
public enum StoreMessage: String, Message, CaseIterable {
  case cannotOpen = "db-cannot-open"
  case notADatabase = "db-not-a-database"
  case busy = "db-busy"
  case diskFull = "db-disk-full"
  case readOnly = "db-read-only"
  case ioError = "db-io-error"
  case newerDatabase = "db-newer-version"
  case internalError = "db-internal-error"
  case unknownNote = "db-unknown-note"

  public var code: String { rawValue }
  public var zh: String { texts.zh }
  public var en: String { texts.en }

  private var texts: (zh: String, en: String) {
    switch self {
    case .cannotOpen:
      return (
        "打不开数据库文件“{0}”：请检查文件夹是否存在、有没有写入权限",
        "cannot open the database file \"{0}\": check that its folder exists and can be written to"
      )
    case .notADatabase:
      return (
        "“{0}”不是清账的数据库，或者已经损坏：请用 --db 指定另一个文件，或删掉它重新导入",
        "\"{0}\" is not a qingzhang database, or it is damaged: give another file with --db, or delete it and import again"
      )
    case .busy:
      return (
        "数据库“{0}”正被另一个清账程序使用：等它结束后再运行",
        "the database \"{0}\" is in use by another qingzhang run: wait for it to finish, then run again"
      )
    case .diskFull:
      return (
        "磁盘满了，数据库“{0}”写不进去：请腾出空间后重新运行",
        "the disk is full, the database \"{0}\" cannot be written: free some space and run again"
      )
    case .readOnly:
      return (
        "数据库“{0}”是只读的：请检查文件权限，或用 --db 指定另一个文件",
        "the database \"{0}\" is read-only: check its permissions, or give another file with --db"
      )
    case .ioError:
      return (
        "读写数据库“{0}”时出错（磁盘或文件系统问题）：请检查磁盘后重新运行",
        "reading or writing the database \"{0}\" failed (a disk or file system problem): check the disk and run again"
      )
    case .newerDatabase:
      return (
        "数据库“{0}”是新版本清账建的（有本版本不认识的“{1}”）：请升级清账，或用 --db 指定另一个文件",
        "the database \"{0}\" was made by a newer qingzhang (it has \"{1}\", unknown to this version): upgrade, or give another file with --db"
      )
    case .internalError:
      return (
        "数据库出了内部错误（{0}）：请把这条信息告诉维护清账的人",
        "internal database error ({0}): please report this message to whoever maintains qingzhang"
      )
    case .unknownNote:
      return (
        "（这条说明的代码“{0}”在本版本里没有：请重新导入原文件）",
        "(this note's code \"{0}\" is unknown to this version: import the original file again)"
      )
    }
  }
}
