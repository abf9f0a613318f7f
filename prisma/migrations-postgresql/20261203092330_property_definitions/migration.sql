-- CreateTable
CREATE TABLE "PropertyDefinition" (
    "id" SERIAL NOT NULL,
    "objectType" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "options" JSON,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PropertyDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PropertyDefinition_objectType_name_key" ON "PropertyDefinition"("objectType", "name");
