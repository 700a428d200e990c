export interface StoredFile {
  id: number
  name: string
  size: number
  mime: string
  sha256?: string
  created_at?: string
}
