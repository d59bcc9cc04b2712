print("stormc")
