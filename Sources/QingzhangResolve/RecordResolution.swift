import QingzhangModel

extension Resolver {
  /// Resolves the customers of `records` in place: every debt or payment record gets its
  /// `customerID` and `customerName` (empty when its name names no one) and the resolver's
  /// notes appended to `notes`. Skipped and rejected records are left alone, but their names
  /// count as people a form of address may mean (`bystanders`).
  ///
  /// Returns the resolution of the movement records, in record order
  /// (`customerOfMention[i]` is about the i-th debt or payment record).
  @discardableResult
  public func assign(to records: inout [Record], aliases: AliasTable = AliasTable(), decisions: Decisions = Decisions()) -> Resolution {
    var indices: [Int] = []
    var mentions: [Mention] = []
    var bystanders: [Mention] = []
    for (i, r) in records.enumerated() {
      if r.isMovement {
        indices.append(i)
        mentions.append(Mention(record: r))
      } else if !r.name.isEmpty {
        bystanders.append(Mention(source: r.source, name: r.name, phone: r.phone))
      }
    }
    let resolution = resolve(mentions, aliases: aliases, decisions: decisions, bystanders: bystanders)
    for (m, i) in indices.enumerated() {
      let c = resolution.customerOfMention[m]
      if c >= 0 {
        records[i].customerID = resolution.customers[c].id
        records[i].customerName = resolution.customers[c].name
      } else {
        records[i].customerID = ""
        records[i].customerName = ""
      }
      records[i].notes += resolution.mentionNotes[m]
    }
    return resolution
  }
}
